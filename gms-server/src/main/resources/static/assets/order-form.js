// The parts every order form shares: the fields for the patient, the clinical indication, its
// test, the answer to its eligibility criteria and the patient's choices (built here, once, for
// the genomic and the cancer order pages), their look-ups, and the request key.
"use strict";

Object.assign(gms, {
  /**
   * Fills the page's order-form slots. div.order-test: the patient's NHS number, the clinical
   * indication (its code and an example from data-example, e.g. "R29") and its test, and whether
   * the patient meets the test's eligibility criteria (data-agreed-with names, in the example
   * reason, who agrees an order outside them). div.order-choices: the patient's recorded choices
   * about research and recontact.
   */
  orderFormFields() {
    const test = document.querySelector("div.order-test");
    if (test) {
      const fields = gms.fragment(`
        <label for="patient">Patient NHS number</label>
        <input id="patient" required inputmode="numeric" autocomplete="off">
        <p class="note" id="patient-name" aria-live="polite"></p>
        <label for="indication">Clinical indication</label>
        <input id="indication" required autocomplete="off">
        <p class="note" id="indication-name" aria-live="polite"></p>
        <label for="test">Test</label>
        <select id="test" required></select>
        <fieldset id="eligibility">
          <legend>Eligibility for this test</legend>
          <p class="note" id="eligibility-criteria" aria-live="polite">Choose the clinical indication to see who is eligible.</p>
          <p class="choice" role="radiogroup" aria-label="Eligibility">
            <label><input type="radio" name="eligibility" value="yes" id="eligibility-met"> the patient meets the eligibility criteria</label>
            <label><input type="radio" name="eligibility" value="no" id="eligibility-not-met"> the patient does not meet them; I order the test because:</label></p>
          <label for="eligibility-note" class="visually-hidden">Why the test is needed although the patient is outside the criteria</label>
          <input id="eligibility-note" autocomplete="off">
        </fieldset>`);
      const example = test.dataset.example;
      fields.querySelector("label[for=indication]").textContent = `Clinical indication (${example.charAt(0)}-code)`;
      fields.querySelector("#indication").placeholder = example;
      fields.querySelector("#eligibility-note").placeholder = `e.g. agreed with ${test.dataset.agreedWith} on 3 Dec 2026`;
      test.replaceWith(fields);
    }
    const choices = document.querySelector("div.order-choices");
    if (choices) {
      choices.replaceWith(gms.fragment(`
        <fieldset>
          <legend>The patient's choices, as recorded with them (leave "not asked" if the question was not discussed)</legend>
          <p class="choice" role="radiogroup" aria-label="Research participation">Research participation:
            <label><input type="radio" name="research" value="yes" id="research"> agrees</label>
            <label><input type="radio" name="research" value="no" id="research-no"> declines</label>
            <label><input type="radio" name="research" value="" id="research-unasked" checked> not asked</label></p>
          <p class="choice" role="radiogroup" aria-label="Recontact">Recontact:
            <label><input type="radio" name="recontact" value="yes" id="recontact"> agrees</label>
            <label><input type="radio" name="recontact" value="no" id="recontact-no"> declines</label>
            <label><input type="radio" name="recontact" value="" id="recontact-unasked" checked> not asked</label></p>
        </fieldset>`));
    }
  },

  /** The nodes of a piece of this page's own markup. */
  fragment(html) {
    const template = document.createElement("template");
    template.innerHTML = html;
    return template.content;
  },

  /**
   * A new idempotency key for an order form: a double click, a retry or "order anyway" replays the
   * same request, never a second order.
   */
  requestKey(prefix) {
    const random = crypto.getRandomValues(new Uint32Array(2));
    return `${prefix}-${Date.now()}-${random[0].toString(36)}${random[1].toString(36)}`;
  },

  /**
   * An order form's patient: the #patient NHS number looked up and named in #patient-name, or the
   * error at the field with a link to register them (followed by the query in `registerQuery`,
   * e.g. "&then=order" to come back to the order form).
   */
  async lookUpPatient(registerQuery = "") {
    const input = document.getElementById("patient");
    const note = document.getElementById("patient-name");
    const nhs = input.value.replace(/\s/g, "");
    note.replaceChildren();
    gms.fieldError(input, "");
    if (nhs === "") return;
    try {
      const p = await gms.getJson(`/api/patients/${encodeURIComponent(nhs)}`);
      note.textContent = `${p.name}, born ${gms.date(p.dateOfBirth)} (${gms.age(p.dateOfBirth)}), ${p.sex.toLowerCase()}`;
    } catch (e) {
      if (e.status === 404) {
        gms.fieldError(input, `No patient with NHS number ${gms.nhs(nhs)} is registered.`);
        note.append(gms.link("Register this patient",
          `/register.html?nhs=${encodeURIComponent(nhs)}${registerQuery}`));
      } else {
        gms.fieldError(input, e.message);
      }
    }
  },

  /**
   * Fills an order form's #patient and #indication from the page's ?patient= and ?indication= (a
   * link from a patient's record or an indication) and looks them up, as `lookUpPatient` with
   * `registerQuery` and the page's `lookUpIndication` do.
   */
  async fillFromUrl(registerQuery, lookUpIndication) {
    const params = new URLSearchParams(location.search);
    if (params.get("patient")) {
      document.getElementById("patient").value = params.get("patient");
      gms.lookUpPatient(registerQuery);
    }
    if (params.get("indication")) {
      document.getElementById("indication").value = params.get("indication");
      await lookUpIndication();
    }
  },

  /**
   * An order form's #indication looked up: its name in #indication-name, its tests in #test
   * (labelled by `testLabel`, the ?test= one chosen) and its eligibility. `wrongCode(code)` names
   * why a code does not belong on this form (shown at the field), or null when it does.
   */
  async lookUpIndication(wrongCode, testLabel) {
    const input = document.getElementById("indication");
    const code = input.value.trim().toUpperCase();
    const name = document.getElementById("indication-name");
    const tests = document.getElementById("test");
    tests.replaceChildren();
    name.textContent = "";
    gms.fieldError(input, "");
    gms.showEligibility(null);
    if (code === "") return;
    const problem = wrongCode(code);
    if (problem) {
      gms.fieldError(input, problem);
      return;
    }
    try {
      const indication = await gms.getJson(`/api/directory/indications/${encodeURIComponent(code)}`);
      name.textContent = indication.name;
      gms.showEligibility(indication);
      for (const test of indication.tests) {
        const option = gms.el("option", testLabel(test));
        option.value = test.code;
        tests.append(option);
      }
      const wanted = new URLSearchParams(location.search).get("test");
      if (wanted) tests.value = wanted;
    } catch (e) {
      gms.fieldError(input, e.message);
    }
  },

  /**
   * An order form's #eligibility-criteria line: who the indication's tests are for, as the
   * directory release states it, or that it does not (with NHS England's criteria), or a prompt
   * when no indication is chosen (null).
   */
  showEligibility(indication) {
    const criteria = document.getElementById("eligibility-criteria");
    if (indication && !indication.eligibility) {
      criteria.replaceChildren(
        `Test directory ${indication.directoryVersion} states no eligibility criteria for ${indication.code}; check `,
        gms.link("NHS England's eligibility criteria", gms.ELIGIBILITY_CRITERIA),
        " for this release before ordering.");
      return;
    }
    criteria.textContent = indication
      ? `${indication.code} is for: ${indication.eligibility}`
      : "Choose the clinical indication to see who is eligible.";
  },
});

// Deferred, this runs once the page is parsed and before its own script looks for these fields.
gms.orderFormFields();
