// The finder page: every state is a URL (?lang, q or orphaCode, ern, province, near and from, page, centre), so it
// can be shared and back/forward work; the page only reads the public API of the same origin.
import { Combobox } from './combobox.js';
import { PROVINCES, TEXTS } from './texts.js';

const $ = (id) => document.getElementById(id);
const STATE_KEYS = ['q', 'orphaCode', 'ern', 'province', 'near', 'from', 'page', 'centre'];
const PAGE_SIZE = 10;

let language = null;
let texts = TEXTS.nl;
let renderCount = 0;
let resultsController = null;
let chosen = null; // the suggestion picked last: {orphaCode, label}
const loaded = { networks: null, cities: null };

/** Builds an element; children are nodes or text, never HTML. */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) {
      continue;
    }
    if (name === 'class') {
      element.className = value;
    } else {
      element.setAttribute(name, value === true ? '' : value);
    }
  }
  element.append(...present(children));
  return element;
}

/** The nodes and texts of a (nested) list of children, without the absent ones. */
function present(children) {
  return children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false);
}

function put(element, ...children) {
  element.replaceChildren(...present(children));
}

function readState() {
  const params = new URLSearchParams(location.search);
  const state = { lang: params.get('lang') === 'en' ? 'en' : 'nl' };
  for (const key of STATE_KEYS) {
    const value = params.get(key);
    if (value) {
      state[key] = value;
    }
  }
  return state;
}

function urlFor(state) {
  const params = new URLSearchParams();
  if (state.lang === 'en') {
    params.set('lang', 'en');
  }
  for (const key of STATE_KEYS) {
    if (state[key]) {
      params.set(key, state[key]);
    }
  }
  const query = params.toString();
  return query ? `/?${query}` : '/';
}

async function api(path, signal) {
  const response = await fetch(path, { headers: { Accept: 'application/json', 'Accept-Language': language }, signal });
  if (!response.ok) {
    const error = new Error(`${response.status} for ${path}`);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

function formatDate(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(texts.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
}

/** The language of a name shown on the Dutch page: English where Orphanet has no Dutch term (WCAG 3.1.2). */
function nameLanguage(names) {
  return language === 'nl' && names && !names.nl ? 'en' : null;
}

function announce(message) {
  // a fresh text node each time, so a repeated message is read again
  put($('status'), document.createTextNode(message));
}

function showError(message) {
  const box = $('error');
  box.hidden = !message;
  box.textContent = message || '';
}

function errorText(error) {
  if (error.status === 503) {
    return texts.errorUnavailable;
  }
  if (error.status === 404) {
    return texts.errorNotFound;
  }
  return texts.errorGeneric;
}

// --- language -------------------------------------------------------------------------------------------------

function applyLanguage(state) {
  const changed = language !== state.lang;
  language = state.lang;
  texts = TEXTS[language];
  document.documentElement.lang = language;
  for (const element of document.querySelectorAll('[data-text]')) {
    element.textContent = texts[element.dataset.text];
  }
  for (const element of document.querySelectorAll('[data-label]')) {
    element.setAttribute('aria-label', texts[element.dataset.label]);
  }
  const other = texts.otherLanguageCode;
  const link = $('language-switch');
  link.textContent = texts.otherLanguage;
  link.lang = other;
  link.hreflang = other;
  link.href = urlFor({ ...state, lang: other });
  $('statement-link').href = texts.statementHref;
  document.querySelector('[data-home]').href = urlFor({ lang: language });
  return changed;
}

// --- filters ----------------------------------------------------------------------------------------------------

async function fillNetworks() {
  if (loaded.networks?.language !== language) {
    const list = await api('/v1/european-reference-networks?pageSize=100');
    loaded.networks = { language, items: list.items };
  }
  const select = $('ern');
  put(select, h('option', { value: '' }, texts.anyErn),
    ...loaded.networks.items.map((network) => h('option', { value: network.code }, `${network.acronym} – ${network.name}`)));
}

function fillProvinces() {
  put($('province'), h('option', { value: '' }, texts.anyProvince),
    ...PROVINCES.map((province) => h('option', { value: province }, province)));
}

/** Towns with an institution that has a recognised centre: the "chosen city" of near. */
async function loadCities() {
  if (!loaded.cities) {
    const cities = new Map();
    for (let page = 1; page <= 10; page++) {
      const list = await api(`/v1/institutions?withCentres=true&pageSize=100&page=${page}`);
      for (const institution of list.items) {
        if (!cities.has(institution.city)) {
          cities.set(institution.city, institution.id);
        }
      }
      if (page >= list.paging.totalPages) {
        break;
      }
    }
    loaded.cities = cities;
  }
  return loaded.cities;
}

async function fillCities(state) {
  const cities = await loadCities();
  const names = [...cities.keys()].sort((a, b) => a.localeCompare(b, 'nl'));
  const options = [h('option', { value: '' }, texts.noCity)];
  if (state.near && !state.from) {
    options.push(h('option', { value: '@me' }, texts.yourLocation));
  }
  options.push(...names.map((name) => h('option', { value: name }, name)));
  put($('from-city'), ...options);
}

/** The coordinates of a town: those of an institution there (the API's own data; no geocoding service). */
async function cityPoint(city) {
  const cities = await loadCities();
  const institution = await api(`/v1/institutions/${encodeURIComponent(cities.get(city))}`);
  // GeoJSON Point in CRS84: longitude first; near= takes latitude first.
  const [longitude, latitude] = institution.location.coordinates;
  return `${latitude.toFixed(4)},${longitude.toFixed(4)}`;
}

function syncForm(state) {
  $('ern').value = state.ern || '';
  $('province').value = state.province || '';
  $('from-city').value = state.from || (state.near ? '@me' : '');
  const input = $('condition');
  if (state.q) {
    input.value = state.q;
    chosen = null;
  } else if (!state.orphaCode) {
    input.value = '';
    chosen = null;
  }
}

// --- navigation -------------------------------------------------------------------------------------------------

let focusAfterRender = null;

function navigate(state, focus) {
  history.pushState({ view: state.centre ? 'centre' : 'search', back: state.back || null }, '', urlFor(state));
  focusAfterRender = focus;
  render();
}

async function render() {
  const run = ++renderCount;
  const state = readState();
  const languageChanged = applyLanguage(state);
  showError('');
  const centreView = Boolean(state.centre);
  const viewChanged = $('centre-view').hidden === centreView;
  $('search-view').hidden = centreView;
  $('centre-view').hidden = !centreView;
  try {
    if (languageChanged) {
      fillProvinces();
      await fillNetworks();
    }
    if (run !== renderCount) {
      return;
    }
    if (centreView) {
      await renderCentre(state, run);
    } else {
      syncForm(state);
      // the towns come later; only the town's own field is set again, so nothing typed meanwhile is lost
      fillCities(state).then(() => { $('from-city').value = state.from || (state.near ? '@me' : ''); }).catch(() => {});
      await renderResults(state, run);
    }
  } catch (error) {
    if (error.name !== 'AbortError' && run === renderCount) {
      showError(errorText(error));
    }
  }
  if (run !== renderCount) {
    return;
  }
  const focus = focusAfterRender || (viewChanged && !languageChanged && history.state ? (centreView ? 'centre-heading' : 'search-heading') : null);
  focusAfterRender = null;
  if (focus && $(focus)) {
    $(focus).focus();
  }
}

// --- results ----------------------------------------------------------------------------------------------------

async function renderResults(state, run) {
  if (resultsController) {
    resultsController.abort();
  }
  resultsController = new AbortController();
  const params = new URLSearchParams({ pageSize: String(PAGE_SIZE) });
  for (const key of ['q', 'orphaCode', 'ern', 'province', 'near', 'page']) {
    if (state[key]) {
      params.set(key, state[key]);
    }
  }
  const list = await api(`/v1/expertise-centres?${params}`, resultsController.signal);
  if (run !== renderCount) {
    return;
  }
  showAttribution(list.attribution);
  const searched = list.searchedConditions;
  if (state.orphaCode && searched.length > 0) {
    chosen = { orphaCode: state.orphaCode, label: searched[0].condition.name };
    $('condition').value = searched[0].condition.name;
  }
  let heading = texts.allCentres;
  if (state.orphaCode && searched.length > 0) {
    heading = texts.centresFor(searched[0].condition.name);
  } else if (state.q) {
    heading = texts.centresForText(state.q);
  }
  document.title = texts.resultsTitle(heading);
  $('results-heading').textContent = heading;
  $('results').hidden = false;
  const summary = [texts.found(list.paging.total)];
  if (state.near) {
    summary.push(texts.orderedNear(state.from || texts.yourLocation));
  }
  put($('searched'), h('p', { class: 'summary' }, summary.join(' ')), searchedConditions(searched));
  put($('result-list'), ...list.items.map((centre) => resultItem(centre, state)));
  if (list.items.length === 0) {
    put($('result-list'), h('li', { class: 'empty' }, texts.noResults));
  }
  renderPager(state, list.paging);
  announce(summary.join(' '));
}

function searchedConditions(searched) {
  if (searched.length === 0) {
    return null;
  }
  const shown = searched.slice(0, 5);
  const names = shown.map((s, i) => [i > 0 ? ', ' : '', h('span', { class: 'condition' }, s.condition.name,
    ' ', h('span', { class: 'code' }, `(${s.condition.id})`))]);
  const more = searched.length > shown.length ? ` … (+${searched.length - shown.length})` : '';
  const redirects = searched.filter((s) => s.redirectedFrom).map((s) => h('p', { class: 'redirect' },
    texts.redirected(`${s.redirectedFrom.name} (${s.redirectedFrom.id})`, `${s.condition.name} (${s.condition.id})`)));
  return h('div', { class: 'searched' }, h('p', {}, h('strong', {}, `${texts.searchedFor}: `), names, more), redirects);
}

function resultItem(centre, state) {
  const centreUrl = urlFor({ lang: state.lang, centre: centre.id });
  const link = h('a', { href: centreUrl, 'data-centre': centre.id }, centre.name);
  const lead = centre.leadingInstitution;
  const others = centre.institutions.filter((institution) => institution.id !== lead.id);
  const where = h('p', { class: 'where' }, h('strong', {}, lead.name), `, ${lead.city} (${lead.province})`,
    others.length ? ` + ${others.map((i) => `${i.name}, ${i.city} (${i.province})`).join('; ')}` : '');
  const matches = centre.matches.length === 0 ? null : h('div', { class: 'matches' },
    h('h4', {}, texts.whyMatch),
    h('ul', {}, centre.matches.map((match) => h('li', {},
      h('span', { class: `relation relation-${match.relation}` }, texts.relation[match.relation]), ' ',
      match.explanation, ' ', h('span', { class: 'valid' }, `(${texts.validUntil(formatDate(match.validUntil))})`)))));
  const networks = centre.europeanReferenceNetworks.length === 0 ? null : h('p', { class: 'networks' },
    h('span', { class: 'label' }, `${texts.networks}: `),
    centre.europeanReferenceNetworks.map((network, i) => [i > 0 ? ', ' : '', h('abbr', { title: network.name }, network.acronym)]));
  return h('li', { class: 'card' },
    h('h3', {}, link),
    centre.demo ? h('p', { class: 'badge' }, texts.demo) : null,
    where, matches, networks);
}

function renderPager(state, paging) {
  const pager = $('pager');
  if (paging.totalPages <= 1) {
    put(pager);
    return;
  }
  const page = paging.page;
  const link = (target, label, rel) => h('a', { href: urlFor({ ...state, page: target > 1 ? String(target) : null }), rel, 'data-nav': '' }, label);
  put(pager,
    page > 1 ? link(page - 1, texts.previous, 'prev') : null,
    h('span', { class: 'page-of' }, texts.pageOf(page, paging.totalPages)),
    page < paging.totalPages ? link(page + 1, texts.next, 'next') : null);
}

function showAttribution(attribution) {
  if (!attribution) {
    return;
  }
  put($('attribution'), `${texts.attribution} ${attribution.text} (`,
    h('a', { href: attribution.licenceUrl, rel: 'license' }, `${attribution.licence} ${texts.licence}`), ').');
}

// --- centre -----------------------------------------------------------------------------------------------------

async function renderCentre(state, run) {
  const view = $('centre-view');
  // the results this centre was opened from, in the language shown now
  let back = history.state && history.state.back;
  if (back) {
    const url = new URL(back, location.origin);
    url.searchParams.delete('lang');
    if (state.lang === 'en') {
      url.searchParams.set('lang', 'en');
    }
    back = url.pathname + url.search;
  }
  const backLink = h('a', { href: back || urlFor({ lang: state.lang }), class: 'back', 'data-nav': '' },
    back ? texts.backToResults : texts.backToSearch);
  put(view, h('p', {}, backLink), h('h1', { id: 'centre-heading', tabindex: '-1' }, texts.loading));
  let centre;
  try {
    centre = await api(`/v1/expertise-centres/${encodeURIComponent(state.centre)}`);
  } catch (error) {
    if (run === renderCount) {
      $('centre-heading').textContent = errorText(error);
      document.title = texts.centreTitle(errorText(error));
    }
    return;
  }
  if (run !== renderCount) {
    return;
  }
  document.title = texts.centreTitle(centre.name);
  showAttribution(centre.attribution);
  const conditions = h('table', {},
    h('caption', { class: 'visually-hidden' }, texts.recognisedFor),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, texts.orphaCode), h('th', { scope: 'col' }, texts.conditionName),
      h('th', { scope: 'col' }, texts.validUntilHeader))),
    h('tbody', {}, centre.recognisedConditions.map((condition) => h('tr', {},
      h('td', { class: 'code' }, condition.id), h('td', { lang: nameLanguage(condition.names) }, condition.name),
      h('td', { class: 'date' }, formatDate(condition.validUntil))))));
  put(view,
    h('p', {}, backLink),
    h('h1', { id: 'centre-heading', tabindex: '-1' }, centre.name),
    centre.demo ? h('p', { class: 'badge' }, texts.demo) : null,
    centre.description ? h('p', { class: 'description' }, centre.description) : null,
    h('section', { 'aria-labelledby': 'institutions-heading' },
      h('h2', { id: 'institutions-heading' }, texts.institutions),
      h('ul', { class: 'plain' }, centre.institutions.map((institution) => h('li', {},
        h('strong', {}, institution.name), institution.leading ? ` (${texts.leading})` : '',
        `, ${institution.city} (${institution.province})`,
        institution.website ? [' – ', h('a', { href: institution.website }, texts.website, h('span', { class: 'visually-hidden' }, ` ${institution.name}`))] : null)))),
    h('section', { 'aria-labelledby': 'conditions-heading' },
      h('h2', { id: 'conditions-heading' }, texts.recognisedFor), h('div', { class: 'table-wrap' }, conditions)),
    h('section', { 'aria-labelledby': 'networks-heading' },
      h('h2', { id: 'networks-heading' }, texts.networks),
      centre.europeanReferenceNetworks.length === 0 ? h('p', {}, texts.noNetworks) : h('ul', { class: 'plain' },
        centre.europeanReferenceNetworks.map((network) => h('li', {}, h('strong', {}, network.acronym), ` – ${network.name}, `,
          `${texts.membership[network.membershipType] || network.membershipType}, ${texts.since(formatDate(network.since))}`)))),
    h('section', { 'aria-labelledby': 'contact-heading' },
      h('h2', { id: 'contact-heading' }, texts.contact),
      contactBlock(texts.patientContact, centre.patientContact),
      contactBlock(texts.professionalContact, centre.professionalContact)));
}

function contactBlock(title, contact) {
  const rows = [];
  if (contact.phone) {
    rows.push(h('dt', {}, texts.phone), h('dd', {}, h('a', { href: `tel:${contact.phone.replace(/[^+0-9]/g, '')}` }, contact.phone)));
  }
  if (contact.email) {
    rows.push(h('dt', {}, texts.email), h('dd', {}, h('a', { href: `mailto:${contact.email}` }, contact.email)));
  }
  if (contact.website) {
    rows.push(h('dt', {}, texts.website), h('dd', {}, h('a', { href: contact.website }, contact.website)));
  }
  return h('div', { class: 'contact' }, h('h3', {}, title), rows.length ? h('dl', {}, rows) : h('p', {}, texts.noContact));
}

// --- wiring -----------------------------------------------------------------------------------------------------

function currentFilters() {
  const state = readState();
  return { lang: state.lang, ern: $('ern').value || null, province: $('province').value || null, near: state.near, from: state.from };
}

async function submitSearch(event) {
  event.preventDefault();
  const state = currentFilters();
  const text = $('condition').value.trim();
  if (chosen && text === chosen.label) {
    state.orphaCode = chosen.orphaCode;
  } else if (text) {
    state.q = text;
  }
  const from = $('from-city').value;
  try {
    if (from === '') {
      state.near = null;
      state.from = null;
    } else if (from !== '@me') {
      state.near = await cityPoint(from);
      state.from = from;
    }
  } catch (error) {
    showError(errorText(error));
    return;
  }
  navigate(state, 'results-heading');
}

function useMyLocation() {
  if (!('geolocation' in navigator)) {
    showError(texts.geoUnsupported);
    return;
  }
  navigator.geolocation.getCurrentPosition((position) => {
    const state = { ...readState(), page: null, centre: null, from: null };
    // about a kilometre: enough to order hospitals, little to identify a person (and fewer distinct URLs to cache)
    state.near = `${position.coords.latitude.toFixed(2)},${position.coords.longitude.toFixed(2)}`;
    navigate(state, 'results-heading');
  }, () => showError(texts.geoDenied), { maximumAge: 600000, timeout: 15000 });
}

function onClick(event) {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
    return;
  }
  const link = event.target.closest('a');
  if (!link) {
    return;
  }
  if (link.hasAttribute('data-centre')) {
    event.preventDefault();
    navigate({ lang: language, centre: link.dataset.centre, back: location.pathname + location.search }, 'centre-heading');
  } else if (link.hasAttribute('data-nav') || link.id === 'language-switch' || link.hasAttribute('data-home')) {
    event.preventDefault();
    const url = new URL(link.href);
    history.pushState(history.state, '', url.pathname + url.search);
    focusAfterRender = link.id === 'language-switch' ? 'language-switch' : link.hasAttribute('data-home') ? 'search-heading' : 'results-heading';
    render();
  }
}

function start() {
  new Combobox($('condition'), $('condition-listbox'), {
    suggest: async (text, signal) => {
      const list = await api(`/v1/conditions?q=${encodeURIComponent(text)}&pageSize=8`, signal);
      return list.items.map((item) => ({
        label: item.name,
        lang: nameLanguage(item.names),
        orphaCode: String(item.orphaCode),
        detail: [item.id, item.match && item.match.termType === 'synonym' ? texts.viaSynonym(item.match.term) : null,
          item.status !== 'active' ? texts.inactive : null].filter(Boolean).join(' · '),
      }));
    },
    pick: (item) => {
      chosen = { orphaCode: item.orphaCode, label: item.label };
      const state = currentFilters();
      state.orphaCode = item.orphaCode;
      navigate(state, 'results-heading');
    },
    announce: (count) => announce(texts.suggestionCount(count)),
  });
  $('condition').addEventListener('input', () => {
    if (chosen && $('condition').value.trim() !== chosen.label) {
      chosen = null;
    }
  });
  $('search-form').addEventListener('submit', submitSearch);
  $('near-me').addEventListener('click', useMyLocation);
  document.addEventListener('click', onClick);
  window.addEventListener('popstate', () => render());
  render();
}

start();
