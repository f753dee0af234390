package org.gms.server.consent.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.gms.server.EnumChoice;
import org.gms.server.consent.ConsentKind;
import org.gms.server.consent.ConsentRecord;
import org.gms.server.consent.Consents;
import org.gms.server.consent.Decision;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.PatientAccess;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A patient's decisions: record one, read the current ones and the history. */
@RestController
class ConsentController {

  private final Consents consents;
  private final PatientAccess access;

  ConsentController(Consents consents, PatientAccess access) {
    this.consents = consents;
    this.access = access;
  }

  record DecisionForm(String kind, String decision, String note) {}

  record Choices(Map<ConsentKind, ConsentRecord> current, List<ConsentRecord> history) {}

  @PostMapping(value = "/api/patients/{nhs}/consents", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ConsentRecord> record(@PathVariable String nhs, @RequestBody DecisionForm form) {
    ConsentRecord record =
        consents.record(
            new NhsNumber(nhs),
            EnumChoice.parse(ConsentKind.class, form.kind(), "kind"),
            EnumChoice.parse(Decision.class, form.decision(), "decision"),
            "consent form",
            form.note());
    return ResponseEntity.created(URI.create("/api/patients/" + nhs + "/consents")).body(record);
  }

  @GetMapping("/api/patients/{nhs}/consents")
  Choices choices(@PathVariable String nhs) {
    NhsNumber patient = new NhsNumber(nhs);
    access.require(patient); // another organisation's patient is answered as not registered
    return new Choices(consents.current(patient), consents.history(patient));
  }
}
