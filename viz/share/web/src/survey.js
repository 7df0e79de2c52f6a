// The offline form of `stakemap survey`: one respondent says who they are, how
// much influence and interest their organisation has (Net-Map), and whom they
// work with — how, how often, and optionally how much they trust each partner
// and what it brings. Nothing is sent anywhere: Save downloads a response file
// (JSON) for the survey team to collect and `stakemap merge`.
// Every text from the map goes in through textContent, never as HTML.

import { element, normalised } from "./page_text.js";

const data = JSON.parse(document.getElementById("survey-data").textContent);
const byId = (id) => document.getElementById(id);

const searchable = data.roster.map((o) => normalised(`${o.label} ${o.id} ${o.acronym || ""}`));

function matching(query, exclude) {
  const words = normalised(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const found = [];
  data.roster.forEach((o, index) => {
    if (!exclude.has(o.id) && words.every((w) => searchable[index].includes(w))) found.push(o);
  });
  return found;
}

function options(select, values, blank) {
  if (blank !== undefined) {
    const empty = element("option", blank);
    empty.value = "";
    select.append(empty);
  }
  values.forEach(([value, words]) => {
    const option = element("option", words);
    option.value = value;
    select.append(option);
  });
  return select;
}

function typeSelect(id) {
  const select = options(element("select"), data.questions.organisationTypes, "type (optional)");
  if (id) select.id = id;
  return select;
}

// Search as you type over the roster; picking calls `choose`.
function searchBox(input, list, exclude, choose) {
  input.addEventListener("input", () => {
    list.replaceChildren();
    const found = matching(input.value, exclude());
    found.slice(0, 12).forEach((o) => {
      const item = element("li");
      const button = element("button", o.label, "pick");
      button.type = "button";
      if (o.country) button.append(element("span", ` · ${o.typeWords || o.type} · ${o.country}`, "muted"));
      button.addEventListener("click", () => {
        choose({ id: o.id, label: o.label, type: o.type, new: false });
        input.value = "";
        list.replaceChildren();
      });
      item.append(button);
      list.append(item);
    });
    if (found.length > 12) list.append(element("li", `and ${found.length - 12} more: type more of the name`, "muted"));
    if (input.value.trim() && !found.length) list.append(element("li", "Not on the list: add it below.", "muted"));
  });
}

// --- who answers ---------------------------------------------------------------
let self = null;
function showSelf() {
  byId("self-chosen").textContent = self ? `Answering for: ${self.label}${self.new ? " (added)" : ""}` : "No organisation chosen yet.";
}
searchBox(byId("self-search"), byId("self-matches"), () => new Set(), (o) => { self = o; showSelf(); });
byId("self-new-type").replaceWith(typeSelect("self-new-type"));
byId("self-new-add").addEventListener("click", () => {
  const name = byId("self-new-name").value.trim();
  if (!name) return;
  self = { id: "", label: name, type: byId("self-new-type").value, new: true };
  byId("self-new-name").value = "";
  showSelf();
});
const scale = Array.from({ length: 11 }, (_, k) => [String(k), String(k)]);
options(byId("self-influence"), scale, "not sure");
options(byId("self-interest"), scale, "not sure");
if (data.questions.stances.length) {
  const select = options(element("select"), data.questions.stances.map((s) => [s, s]), "not sure");
  select.id = "self-stance";
  byId("self-stance").replaceWith(select);
}

// --- partners ------------------------------------------------------------------
const partners = [];  // {organisation, card}
function partnerIds() { return new Set(partners.map((p) => p.organisation.id).filter(Boolean).concat(self && self.id ? [self.id] : [])); }

function scoreSelect(words) {
  return options(element("select"), data.questions.scale, words);
}

function addPartner(organisation) {
  if (organisation.id && partnerIds().has(organisation.id)) return;
  const card = element("fieldset", undefined, "partner");
  card.append(element("legend", organisation.label + (organisation.new ? " (added)" : "")));
  const types = element("div", undefined, "types");
  types.append(element("span", "How you work together: ", "question"));
  data.questions.tieTypes.forEach(([value, words]) => {
    const label = element("label");
    const box = element("input");
    box.type = "checkbox";
    box.value = value;
    box.name = "type";
    label.append(box, document.createTextNode(` ${words}`));
    types.append(label);
  });
  card.append(types);
  const frequency = options(element("select"), data.questions.frequencies.map((f) => [f, f]), "how often? (optional)");
  frequency.name = "frequency";
  card.append(element("span", "How often: ", "question"), frequency);
  const scores = {};
  for (const [group, questions, heading] of [["trust", data.questions.trust, "Trust (optional)"], ["value", data.questions.value, "What they bring (optional)"]]) {
    if (!questions.length) continue;
    const block = element("div", undefined, "scores");
    block.append(element("span", heading + ": ", "question"));
    scores[group] = {};
    questions.forEach(([key, words]) => {
      const select = scoreSelect("–");
      select.name = `${group}-${key}`;
      scores[group][key] = select;
      const label = element("label", `${words} `, "score");
      label.append(select);
      block.append(label);
    });
    card.append(block);
  }
  const remove = element("button", "Remove", "remove");
  remove.type = "button";
  remove.addEventListener("click", () => {
    partners.splice(partners.findIndex((p) => p.card === card), 1);
    card.remove();
    countPartners();
  });
  card.append(remove);
  byId("partners").append(card);
  partners.push({ organisation, card, frequency, scores });
  countPartners();
}
function countPartners() {
  byId("partner-count").textContent = `${partners.length} partner${partners.length === 1 ? "" : "s"} named.`;
}
searchBox(byId("partner-search"), byId("partner-matches"), partnerIds, addPartner);
byId("new-type").replaceWith(typeSelect("new-type"));
byId("new-add").addEventListener("click", () => {
  const name = byId("new-name").value.trim();
  if (!name) return;
  addPartner({ id: "", label: name, type: byId("new-type").value, new: true });
  byId("new-name").value = "";
});

// --- saving ----------------------------------------------------------------------
function number(select) { return select.value === "" ? null : Number(select.value); }

function response() {
  return {
    stakemap_survey_response: 1,
    survey: { id: data.survey.id, title: data.survey.title },
    date: new Date().toISOString().slice(0, 10),
    respondent: { name: byId("respondent-name").value.trim(), organisation: self },
    self: {
      influence: number(byId("self-influence")),
      interest: number(byId("self-interest")),
      stance: byId("self-stance").value.trim(),
    },
    ties: partners.map((p) => {
      const tie = {
        organisation: p.organisation,
        types: [...p.card.querySelectorAll('input[name="type"]:checked')].map((box) => box.value),
        frequency: p.frequency.value,
      };
      for (const [group, selects] of Object.entries(p.scores)) {
        tie[group] = {};
        for (const [key, select] of Object.entries(selects)) if (select.value !== "") tie[group][key] = Number(select.value);
      }
      return tie;
    }),
  };
}

function slug(text) {
  return normalised(text).replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "").slice(0, 60) || "response";
}

byId("save").addEventListener("click", () => {
  const message = byId("message");
  if (!self) {
    message.textContent = "Choose your organisation first (section 1).";
    message.className = "error";
    return;
  }
  const blob = new Blob([JSON.stringify(response(), null, 1)], { type: "application/json" });
  const link = element("a");
  link.href = URL.createObjectURL(blob);
  link.download = `response-${slug(self.label)}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  message.textContent = `Saved ${link.download}. Send this file to the survey team; nothing has been sent from this page.`;
  message.className = "done";
});

byId("title").textContent = data.survey.heading || data.survey.title;
byId("intro").textContent = data.intro;
showSelf();
countPartners();
window.stakemapSurvey = { ready: true };
