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
      throw new Error(body.detail || `The server answered ${response.status} for ${url}`);
    }
    return body;
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
      throw new Error(answer.detail || `The server answered ${response.status} for ${url}`);
    }
    return answer;
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

  async showSession() {
    const slot = document.querySelector(".session");
    if (!slot) return;
    const response = await fetch("/api/me", { headers: { Accept: "application/json" } });
    slot.replaceChildren();
    if (response.ok) {
      const me = await response.json();
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
      const link = gms.el("a", "Log in");
      link.href = "/login";
      slot.append(link);
    }
  },
};

document.addEventListener("DOMContentLoaded", () => gms.showSession());
