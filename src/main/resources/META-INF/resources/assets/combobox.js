// The ARIA 1.2 combobox pattern with a listbox popup and list autocomplete without automatic selection
// (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/): focus stays in the input, the active option is
// aria-activedescendant; Down/Up move (and open), Enter picks the active option, Escape closes and then clears,
// Alt+Down opens without moving, and a pointer can pick an option too.

export class Combobox {
  /**
   * @param {HTMLInputElement} input  the element with role=combobox
   * @param {HTMLUListElement} listbox  the element with role=listbox
   * @param {{suggest: (text: string, signal: AbortSignal) => Promise<Array<{label: string, detail?: string, lang?: string}>>,
   *          pick: (option: object) => void, announce: (count: number) => void, minLength?: number}} options
   */
  constructor(input, listbox, options) {
    this.input = input;
    this.listbox = listbox;
    this.options = options;
    this.items = [];
    this.active = -1;
    this.timer = null;
    this.controller = null;
    input.addEventListener('input', () => this.scheduleSuggest());
    input.addEventListener('keydown', (event) => this.keydown(event));
    input.addEventListener('blur', () => this.close());
    // a press on an option must not blur the input first (which would close the list before the click)
    listbox.addEventListener('pointerdown', (event) => event.preventDefault());
    listbox.addEventListener('click', (event) => {
      const option = event.target.closest('[role="option"]');
      if (option) {
        this.pick(Number(option.dataset.index));
      }
    });
  }

  scheduleSuggest() {
    clearTimeout(this.timer);
    const text = this.input.value.trim();
    if (text.length < (this.options.minLength ?? 2)) {
      this.abort();
      this.show([]);
      return;
    }
    // wait for a pause in typing: one request per word typed, not per key
    this.timer = setTimeout(() => this.suggest(text), 150);
  }

  abort() {
    if (this.controller) {
      this.controller.abort();
      this.controller = null;
    }
  }

  async suggest(text) {
    this.abort();
    const controller = new AbortController();
    this.controller = controller;
    try {
      const items = await this.options.suggest(text, controller.signal);
      if (controller.signal.aborted || this.input.value.trim() !== text || document.activeElement !== this.input) {
        return;
      }
      this.show(items);
      this.options.announce(items.length);
    } catch (error) {
      if (error.name !== 'AbortError') {
        this.show([]);
      }
    }
  }

  show(items) {
    this.items = items;
    this.active = -1;
    this.listbox.replaceChildren(...items.map((item, index) => {
      const li = document.createElement('li');
      li.id = `${this.listbox.id}-option-${index}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.dataset.index = String(index);
      const label = document.createElement('span');
      label.className = 'option-label';
      label.textContent = item.label;
      if (item.lang) {
        label.lang = item.lang;
      }
      li.append(label);
      if (item.detail) {
        const detail = document.createElement('span');
        detail.className = 'option-detail';
        detail.textContent = item.detail;
        li.append(' ', detail);
      }
      return li;
    }));
    this.setOpen(items.length > 0);
  }

  setOpen(open) {
    this.listbox.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
    if (!open) {
      this.setActive(-1);
    }
  }

  isOpen() {
    return !this.listbox.hidden;
  }

  close() {
    clearTimeout(this.timer);
    this.abort();
    this.setOpen(false);
  }

  setActive(index) {
    const previous = this.listbox.querySelector('[aria-selected="true"]');
    if (previous) {
      previous.setAttribute('aria-selected', 'false');
    }
    this.active = index;
    if (index < 0) {
      this.input.removeAttribute('aria-activedescendant');
      return;
    }
    const option = this.listbox.children[index];
    option.setAttribute('aria-selected', 'true');
    this.input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  move(step) {
    if (this.items.length === 0) {
      return;
    }
    if (!this.isOpen()) {
      this.setOpen(true);
    }
    const count = this.items.length;
    const next = this.active < 0 ? (step > 0 ? 0 : count - 1) : (this.active + step + count) % count;
    this.setActive(next);
  }

  keydown(event) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (event.altKey) {
          this.setOpen(this.items.length > 0);
        } else {
          this.move(1);
        }
        break;
      case 'ArrowUp':
        event.preventDefault();
        this.move(-1);
        break;
      case 'Enter':
        if (this.isOpen() && this.active >= 0) {
          event.preventDefault();
          this.pick(this.active);
        } else {
          this.close();
        }
        break;
      case 'Escape':
        if (this.isOpen()) {
          event.preventDefault();
          this.close();
        } else if (this.input.value !== '') {
          event.preventDefault();
          this.input.value = '';
          this.items = [];
        }
        break;
      case 'Tab':
        this.close();
        break;
      default:
        break;
    }
  }

  pick(index) {
    const item = this.items[index];
    if (!item) {
      return;
    }
    this.input.value = item.label;
    this.close();
    this.options.pick(item);
  }
}
