package org.gms.server.directory.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gms.server.directory.Indication.WhoMayOrder;

/**
 * Who may order an indication's tests when the release does not say. NHS England publishes the
 * requesting specialties in a separate eligibility criteria document that the spreadsheet does not
 * carry, so the platform derives them from the commissioning category: core tests are requested by
 * clinical genetics and mainstream services through the local genomic laboratory hub; specialised
 * and highly specialised tests by clinical genetics or the specialist service named by the
 * indication's specialist test group; newborn screening follow-up by the screening programme. The
 * rule is the platform's reading of the directory's categories, labelled as derived wherever shown.
 */
final class RequesterRule {

  static final String DERIVED = "derived from commissioning category";

  /** Specialist test groups that name no single specialist service. */
  private static final Set<String> GENERIC_GROUPS =
      Set.of("core", "specialised", "core/specialised", "other", "screening");

  private RequesterRule() {}

  static WhoMayOrder of(List<String> commissioningCategories, String specialistTestGroup) {
    String categories = String.join(" ", commissioningCategories).toLowerCase(Locale.ROOT);
    String group = specialistTestGroup.strip();
    boolean namedService = !GENERIC_GROUPS.contains(group.toLowerCase(Locale.ROOT));
    String specialists =
        namedService
            ? "clinicians of the " + group + " specialist service"
            : "the relevant specialist service";
    String requesters;
    if (categories.contains("newborn screening")) {
      requesters = "The newborn screening programme (follow-up of a screening result)";
    } else if (categories.contains("specialised") && categories.contains("core")) {
      requesters =
          "Clinical genetics; mainstream clinicians for the core tests; "
              + specialists
              + " for the specialised tests";
    } else if (categories.contains("specialised")) {
      requesters = "Clinical genetics, or " + specialists;
    } else {
      requesters =
          "Clinical genetics, or mainstream clinicians (e.g. paediatrics, oncology, lipid clinics,"
              + " fetal medicine) through the local genomic laboratory hub";
    }
    return new WhoMayOrder(requesters, DERIVED);
  }
}
