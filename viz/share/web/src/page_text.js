// What both pages need to show the map's text safely and find it again:
// elements filled with textContent (never HTML), and names folded for search
// (accents and case ignored).
export function element(tag, text, className) {
  const made = document.createElement(tag);
  if (text !== undefined) made.textContent = String(text);
  if (className) made.className = className;
  return made;
}

export function normalised(text) {
  return String(text).normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}
