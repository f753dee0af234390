// Shared page behaviour: who is logged in, logging out, and small helpers for the JSON API.
"use strict";

const gms = {
  /** Reads the CSRF token Spring Security keeps in the XSRF-TOKEN cookie. */
  csrfToken() {
    const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : "";
  },

  async getJson(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw gms.problem(body, response.status, url);
    }
    return body;
  },

  /** An Error carrying the problem's detail, HTTP status and the request field it is about. */
  problem(body, status, url) {
    const error = new Error(body.detail || `The server answered ${status} for ${url}`);
    error.status = status;
    error.field = body.field || null;
    return error;
  },

  /**
   * Shows an API error next to the control of the field it names (fields: request field name to
   * control id); otherwise in the given status line. Returns true when shown at a field.
   */
  showError(error, fields, statusNode) {
    const control = error.field && fields[error.field] ? document.getElementById(fields[error.field]) : null;
    if (control) {
      gms.fieldError(control, error.message);
      control.focus();
      return true;
    }
    statusNode.className = "error";
    statusNode.textContent = error.message;
    return false;
  },

  /** One date format everywhere (en-GB): 7 Dec 2026; with time: 7 Dec 2026, 09:30. */
  date(value, withTime) {
    if (!value) return "";
    const date = new Date(value.length === 10 ? `${value}T00:00:00` : value);
    if (Number.isNaN(date.getTime())) return String(value);
    const options = { day: "numeric", month: "short", year: "numeric" };
    if (withTime) Object.assign(options, { hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" });
    return date.toLocaleString("en-GB", options);
  },

  /** Age in whole years (or months under two) from a yyyy-mm-dd date of birth. */
  age(dateOfBirth) {
    if (!dateOfBirth) return "";
    const born = new Date(`${dateOfBirth}T00:00:00`);
    const now = new Date();
    let months = (now.getFullYear() - born.getFullYear()) * 12 + now.getMonth() - born.getMonth();
    if (now.getDate() < born.getDate()) months -= 1;
    return months < 24 ? `${months} mo` : `${Math.floor(months / 12)} y`;
  },

  /** NHS number as 999 100 0003. */
  nhs(value) {
    const digits = gms.text(value).replace(/\s/g, "");
    return digits.length === 10 ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : digits;
  },

  patients: new Map(),

  /** The patient (cached per page), or a stand-in naming the NHS number when not readable. */
  async patient(nhsNumber) {
    if (!gms.patients.has(nhsNumber)) {
      gms.patients.set(nhsNumber, gms.getJson(`/api/patients/${encodeURIComponent(nhsNumber)}`)
        .catch(() => ({ nhsNumber, name: "", dateOfBirth: "" })));
    }
    return gms.patients.get(nhsNumber);
  },

  /** "Name, 7 y (NHS 999 100 0003)" for lists. */
  async patientLabel(nhsNumber) {
    const p = await gms.patient(nhsNumber);
    const who = p.name ? `${p.name}, ${gms.age(p.dateOfBirth)}` : "";
    return who ? `${who} (NHS ${nhsNumber})` : `NHS ${nhsNumber}`;
  },

  /** HPO ids with their names: [{id, name, known}], in the order given. */
  async hpoNames(ids) {
    if (ids.length === 0) return [];
    return gms.getJson(`/api/hpo/terms?ids=${ids.map(encodeURIComponent).join(",")}`)
      .catch(() => ids.map((id) => ({ id, name: "", known: true })));
  },

  people: new Map(),

  /** Display names for user names (cached per page); unknown names are shown as they are. */
  async displayNames(usernames) {
    const wanted = [...new Set(usernames.filter((u) => u && !gms.people.has(u)))];
    if (wanted.length > 0) {
      const found = await gms.getJson(`/api/people?usernames=${wanted.map(encodeURIComponent).join(",")}`)
        .catch(() => ({}));
      for (const u of wanted) gms.people.set(u, found[u] ? found[u].displayName : u);
    }
    return (username) => gms.people.get(username) || gms.text(username);
  },

  /** "Seizure (HP:0001250)" */
  hpoLabel(term) {
    return term.name ? `${term.name} (${term.id})` : term.id;
  },

  /**
   * Shows an error next to its control and announces it (aria-live); an empty message clears it.
   */
  fieldError(control, message) {
    const id = `${control.id}-error`;
    let note = document.getElementById(id);
    if (!note) {
      note = gms.el("p", "", "field-error");
      note.id = id;
      note.setAttribute("aria-live", "assertive");
      control.insertAdjacentElement("afterend", note);
    }
    note.textContent = message || "";
    note.className = message ? "field-error error" : "field-error";
    if (message) {
      control.setAttribute("aria-invalid", "true");
      control.setAttribute("aria-describedby", id);
    } else {
      control.removeAttribute("aria-invalid");
    }
  },

  /**
   * A required text control: its trimmed value (its error cleared), or null with the message at
   * the control and the focus on it when it is empty.
   */
  required(control, message) {
    const value = control.value.trim();
    gms.fieldError(control, value === "" ? message : "");
    if (value === "") control.focus();
    return value === "" ? null : value;
  },

  /** Sends JSON (or another body) with the CSRF token; returns the parsed answer or throws. */
  async send(method, url, body, contentType = "application/json") {
    const response = await fetch(url, {
      method,
      headers: {
        Accept: "application/json",
        "Content-Type": contentType,
        "X-XSRF-TOKEN": gms.csrfToken(),
      },
      body: contentType === "application/json" ? JSON.stringify(body) : body,
    });
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw gms.problem(answer, response.status, url);
    }
    return answer;
  },

  /** The logged-in account; null (and off to the login page) when nobody is logged in. */
  async signedIn() {
    const me = await gms.me();
    if (!me) location.href = "/login";
    return me;
  },

  /**
   * Whether the account has the role a page is for; if not, the refusal (naming where to go) in the
   * #status line and the page's sections hidden.
   */
  hasRole(me, role, refusal) {
    if (me.roles.includes(role)) return true;
    gms.status(refusal, true);
    for (const section of document.querySelectorAll("main section")) section.hidden = true;
    return false;
  },

  /** The order form's #laboratory choice: the laboratories that take orders, chosen if only one. */
  async loadLaboratories() {
    const select = document.getElementById("laboratory");
    const laboratories = await gms.getJson("/api/orders/laboratories");
    const prompt = gms.el("option", "Choose a laboratory");
    prompt.value = "";
    select.replaceChildren(prompt, ...laboratories.map((name) => {
      const option = gms.el("option", name);
      option.value = name;
      return option;
    }));
    if (laboratories.length === 1) select.value = laboratories[0];
  },

  /** The logged-in account, or null. */
  async me() {
    const response = await fetch("/api/me", { headers: { Accept: "application/json" } });
    return response.ok ? response.json() : null;
  },

  text(value) {
    return value === null || value === undefined ? "" : String(value);
  },

  /** Creates an element with text content only (never HTML from data). */
  el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = gms.text(text);
    if (className) node.className = className;
    return node;
  },

  /** Shows a message in the page's #status line, as an error or not. */
  status(message, isError) {
    const node = document.getElementById("status");
    node.className = isError ? "error" : "";
    node.textContent = message;
  },

  /** A link with text content only. */
  link(text, href) {
    const a = gms.el("a", text);
    a.href = href;
    return a;
  },

  /** A yes/no radio group's answer: true, false, or null when not answered (or "not asked"). */
  choice(name) {
    const checked = document.querySelector(`input[name=${name}]:checked`);
    return !checked || checked.value === "" ? null : checked.value === "yes";
  },

  /** Where NHS England publishes the eligibility criteria the directory releases do not carry. */
  ELIGIBILITY_CRITERIA: "https://www.england.nhs.uk/publication/national-genomic-test-directories/",

  /** A table row: each cell a node, or a value shown as text. */
  row(cells) {
    const tr = document.createElement("tr");
    for (const content of cells) {
      const td = document.createElement("td");
      if (content instanceof Node) td.append(content); else td.textContent = gms.text(content);
      tr.append(td);
    }
    return tr;
  },

  /** The pages each role works in, in the masthead: nothing a role cannot use. */
  navigation(roles) {
    const links = [["Test directory", "/"]];
    const has = (role) => roles.includes(role);
    if (has("CLINICIAN")) links.push(["My orders", "/orders.html"], ["Order a cancer test", "/cancer-order.html"], ["Register a patient", "/register.html"]);
    if (has("LABORATORY_SCIENTIST")) links.push(["Work queue", "/orders.html"], ["Re-analysis", "/alerts.html"]);
    if (has("RESEARCHER")) links.push(["Research", "/research.html"]);
    if (has("CLINICIAN") || has("LABORATORY_SCIENTIST") || has("SERVICE_MANAGER")) links.push(["Clinical trials", "/trials.html"]);
    // administrators run the service (knowledge, batch jobs, figures), not its clinical work
    if (has("SERVICE_MANAGER") || has("ADMINISTRATOR")) links.push(["Management dashboard", "/dashboard.html"]);
    if (has("ADMINISTRATOR")) links.push(["Administration", "/admin.html"]);
    const seen = new Set();
    return links.filter(([, href]) => !seen.has(href) && seen.add(href));
  },

  /** A skip link to the main content, first in the page. */
  addSkipLink() {
    const main = document.querySelector("main");
    if (!main || document.querySelector(".skip-link")) return;
    if (!main.id) main.id = "main";
    main.tabIndex = -1;
    const skip = gms.link("Skip to main content", `#${main.id}`);
    skip.className = "skip-link";
    document.body.prepend(skip);
  },

  /**
   * Fills the page's empty header.masthead: the service's name and the account slot (.session).
   * Every page shares this one masthead; its page links follow the roles (showSession).
   */
  masthead() {
    const header = document.querySelector("header.masthead");
    if (!header || header.childElementCount > 0) return;
    const brand = gms.link("GMS", "/");
    brand.className = "brand";
    const session = document.createElement("nav");
    session.className = "session";
    session.setAttribute("aria-label", "Account");
    header.append(brand, gms.el("span", "Genomic Medicine Service", "tagline"), session);
  },

  async showSession() {
    gms.addSkipLink();
    gms.masthead();
    const slot = document.querySelector(".session");
    if (!slot) return;
    const response = await fetch("/api/me", { headers: { Accept: "application/json" } });
    slot.replaceChildren();
    const nav = document.createElement("nav");
    nav.className = "pages";
    nav.setAttribute("aria-label", "Pages");
    slot.before(nav);
    if (response.ok) {
      const me = await response.json();
      for (const [text, href] of gms.navigation(me.roles)) nav.append(gms.link(text, href));
      slot.append(gms.el("span", `${me.displayName} (${me.organisation})`));
      const form = document.createElement("form");
      form.method = "post";
      form.action = "/logout";
      const token = document.createElement("input");
      token.type = "hidden";
      token.name = "_csrf";
      token.value = gms.csrfToken();
      const button = gms.el("button", "Log out");
      button.type = "submit";
      form.append(token, button);
      slot.append(form);
    } else {
      nav.append(gms.link("Test directory", "/"));
      const link = gms.el("a", "Log in");
      link.href = "/login";
      slot.append(link);
    }
  },
};

document.addEventListener("DOMContentLoaded", () => gms.showSession());
