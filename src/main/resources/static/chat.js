// Nurture web chat: plain ES2020, no build step, no dependencies (the service must work offline).
// Message text only ever reaches the page through text nodes and link elements, never as HTML.
'use strict';

(() => {
  const STORAGE_KEY = 'nurture.chat.v1';
  const MAX_LENGTH = 1000;
  const SHOW_COUNTER_FROM = 800;
  const MAX_STORED_MESSAGES = 200;
  const REQUEST_TIMEOUT_MS = 20000;
  const STARTERS = ['Menu', 'Español'];

  const UI = {
    en: {
      brand: 'infant massage help', newConversation: 'New conversation', log: 'Conversation',
      choices: 'Suggested replies', label: 'Your message', placeholder: 'Type your question',
      send: 'Send', typing: 'Nurture is typing...', retry: 'Try again', bot: 'Nurture:', you: 'You:',
      offline: 'Your message was not sent: you seem to be offline.',
      network: 'Your message was not sent: Nurture could not be reached.',
      timeout: 'Nurture took too long to answer.',
      server: 'Your message was not sent: Nurture is having trouble.',
      tooLong: 'That message is too long. Please make it shorter.',
      busy: 'Too many messages at once. Please wait a moment.',
      unsent: 'Your last message was not sent.',
      emergency: 'If this is an emergency, call 911.',
    },
    es: {
      brand: 'ayuda con masaje infantil', newConversation: 'Nueva conversación', log: 'Conversación',
      choices: 'Respuestas sugeridas', label: 'Tu mensaje', placeholder: 'Escribe tu pregunta',
      send: 'Enviar', typing: 'Nurture está escribiendo...', retry: 'Reintentar', bot: 'Nurture:', you: 'Tú:',
      offline: 'Tu mensaje no se envió: parece que no tienes conexión.',
      network: 'Tu mensaje no se envió: no se pudo conectar con Nurture.',
      timeout: 'Nurture tardó demasiado en responder.',
      server: 'Tu mensaje no se envió: Nurture tiene un problema.',
      tooLong: 'Ese mensaje es demasiado largo. Por favor, acórtalo.',
      busy: 'Demasiados mensajes a la vez. Espera un momento, por favor.',
      unsent: 'Tu último mensaje no se envió.',
      emergency: 'Si es una emergencia, llama al 911.',
    },
  };

  // Web addresses, e-mail addresses, bare domains, then US phone numbers and the 3-digit help lines.
  const LINK_PATTERN = new RegExp([
    String.raw`(https?:\/\/[^\s<>"]+|www\.[^\s<>"]+)`,
    String.raw`([\w.+-]+@[\w-]+(?:\.[\w-]+)+)`,
    String.raw`((?:[a-z0-9-]+\.)+(?:org|com|gov|net|edu|us)(?:\/[^\s<>"]*)?)`,
    String.raw`((?:\+?1[-. ])?(?:\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}|\b(?:911|988|211)\b)`,
  ].join('|'), 'gi');

  const SPANISH_WORDS = new Set(('que qué el la los las del su sus para con una por bebé usted puede cómo más ' +
    'tu te sí es está de en al lo le se y masaje aceite').split(' '));
  const ENGLISH_WORDS = new Set(('the and you your is are to of with for can what how baby it this that ' +
    'in on or be my if massage oil').split(' '));

  const byId = (id) => document.getElementById(id);
  const log = byId('log');
  const scroller = byId('scroller');
  const choicesBox = byId('choices');
  const typing = byId('typing');
  const form = byId('composer');
  const input = byId('message');
  const counter = byId('counter');
  const newConversationButton = byId('new-conversation');
  const finePointer = window.matchMedia('(hover: hover) and (pointer: fine)');

  let state = load();
  let language = 'en';
  let waiting = false;

  function newConversationId() {
    if (crypto.randomUUID) return crypto.randomUUID();
    // randomUUID needs a secure context; a page opened over plain http on a LAN still gets a v4 UUID.
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  function freshState() {
    return { conversationId: newConversationId(), messages: [], pending: null };
  }

  function load() {
    try {
      const saved = JSON.parse(localStorage.getItem(STORAGE_KEY));
      if (saved && typeof saved.conversationId === 'string' && Array.isArray(saved.messages)) {
        const messages = saved.messages
          .filter((m) => m && typeof m.text === 'string' && (m.from === 'bot' || m.from === 'user'))
          .map((m) => ({ from: m.from, text: m.text, choices: Array.isArray(m.choices) ? m.choices.map(String) : [] }));
        const pending = typeof saved.pending === 'string' ? saved.pending : null;
        return { conversationId: saved.conversationId, messages, pending };
      }
    } catch (ignored) {
      // Unreadable or unavailable storage: start afresh.
    }
    return freshState();
  }

  function save() {
    state.messages = state.messages.slice(-MAX_STORED_MESSAGES);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    } catch (ignored) {
      // Private browsing or a full quota: the chat still works, it is just not remembered.
    }
  }

  function t(key) {
    return UI[language][key];
  }

  function guessLanguage(text) {
    const words = text.toLowerCase().split(/[^\p{L}]+/u);
    let spanish = /[¿¡ñ]/.test(text) ? 2 : 0;
    let english = 0;
    for (const word of words) {
      if (SPANISH_WORDS.has(word)) spanish++;
      if (ENGLISH_WORDS.has(word)) english++;
    }
    if (spanish >= 2 && spanish > english * 1.5) return 'es';
    if (english >= 2 && english > spanish * 1.5) return 'en';
    return null;
  }

  function applyLanguage(lang) {
    if (!lang || !UI[lang]) return;
    language = lang;
    document.documentElement.lang = lang;
    document.querySelector('.tagline').textContent = t('brand');
    newConversationButton.textContent = t('newConversation');
    log.setAttribute('aria-label', t('log'));
    choicesBox.setAttribute('aria-label', t('choices'));
    form.querySelector('label').textContent = t('label');
    input.placeholder = t('placeholder');
    form.querySelector('.send').textContent = t('send');
    typing.querySelector('.typing-label').textContent = t('typing');
  }

  function link(href, text, external) {
    const anchor = document.createElement('a');
    anchor.href = href;
    anchor.textContent = text;
    if (external) {
      anchor.target = '_blank';
      anchor.rel = 'noopener noreferrer';
    }
    return anchor;
  }

  function trimTrailingPunctuation(address) {
    let trimmed = address.replace(/[.,;:!?'"]+$/, '');
    while (trimmed.endsWith(')') && trimmed.split('(').length < trimmed.split(')').length) {
      trimmed = trimmed.slice(0, -1).replace(/[.,;:!?'"]+$/, '');
    }
    return trimmed;
  }

  function phoneHref(number) {
    const digits = number.replace(/\D/g, '');
    if (digits.length === 10) return `tel:+1${digits}`;
    if (digits.length === 11) return `tel:+${digits}`;
    return `tel:${digits}`;
  }

  function linkify(text) {
    const fragment = document.createDocumentFragment();
    let position = 0;
    for (const match of text.matchAll(LINK_PATTERN)) {
      const [found, url, email, domain, phone] = match;
      const start = match.index;
      const before = text[start - 1] || ' ';
      const after = text[start + found.length] || ' ';
      if (!url && (/[\w@/.-]/.test(before) || /\w/.test(after))) continue;
      let shown = found;
      let anchor;
      if (url || domain) {
        shown = trimTrailingPunctuation(found);
        anchor = link(/^https?:/i.test(shown) ? shown : `https://${shown}`, shown, true);
      } else if (email) {
        anchor = link(`mailto:${email}`, email, false);
      } else {
        anchor = link(phoneHref(phone), phone, false);
      }
      fragment.append(text.slice(position, start), anchor);
      position = start + shown.length;
    }
    fragment.append(text.slice(position));
    return fragment;
  }

  function messageElement(message) {
    const bot = message.from === 'bot';
    const element = document.createElement('div');
    element.className = `msg ${message.from}`;
    element.dataset.testid = bot ? 'bot-message' : 'user-message';
    const lang = guessLanguage(message.text);
    if (lang) element.lang = lang;
    const speaker = document.createElement('span');
    speaker.className = 'visually-hidden';
    speaker.textContent = `${bot ? t('bot') : t('you')} `;
    element.append(speaker, bot ? linkify(message.text) : message.text);
    return element;
  }

  function lastBotLanguage() {
    for (let i = state.messages.length - 1; i >= 0; i--) {
      const message = state.messages[i];
      if (message.from === 'bot') {
        const lang = guessLanguage(message.text);
        if (lang) return lang;
      }
    }
    return null;
  }

  function renderChoices() {
    choicesBox.replaceChildren();
    const last = state.messages[state.messages.length - 1];
    let labels = [];
    if (state.messages.length === 0) labels = STARTERS;
    else if (!waiting && !state.pending && last.from === 'bot') labels = last.choices || [];
    for (const label of labels) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'choice';
      button.dataset.testid = 'choice-button';
      button.textContent = label;
      button.addEventListener('click', () => {
        if (send(label) && finePointer.matches) input.focus({ preventScroll: true });
      });
      choicesBox.append(button);
    }
    choicesBox.hidden = labels.length === 0;
  }

  function reveal(element) {
    if (element && element.offsetHeight > scroller.clientHeight * 0.6) {
      scroller.scrollTop = element.offsetTop - scroller.offsetTop - 8;
    } else {
      scroller.scrollTop = scroller.scrollHeight;
    }
  }

  function clearError() {
    log.querySelectorAll('.error').forEach((element) => element.remove());
  }

  function showError(message) {
    clearError();
    const box = document.createElement('div');
    box.className = 'error';
    box.setAttribute('role', 'alert');
    box.dataset.testid = 'error-message';
    const text = document.createElement('p');
    text.append(linkify(`${message} ${t('emergency')}`));
    const retry = document.createElement('button');
    retry.type = 'button';
    retry.className = 'retry';
    retry.dataset.testid = 'retry-button';
    retry.textContent = t('retry');
    retry.addEventListener('click', () => {
      clearError();
      if (state.pending && !waiting) request(state.pending);
      if (finePointer.matches) input.focus({ preventScroll: true });
    });
    box.append(text, retry);
    log.append(box);
    reveal(box);
  }

  function setWaiting(value) {
    waiting = value;
    typing.hidden = !value;
    form.querySelector('.send').setAttribute('aria-disabled', String(value));
    if (value) reveal(typing);
  }

  function render() {
    log.querySelectorAll('.msg:not(.welcome), .error').forEach((element) => element.remove());
    applyLanguage(lastBotLanguage() || 'en');
    for (const message of state.messages) log.append(messageElement(message));
    renderChoices();
    if (state.pending) showError(t('unsent'));
    scroller.scrollTop = scroller.scrollHeight;
  }

  class ChatError extends Error {}

  function errorFor(status, body) {
    if (status === 413) return t('tooLong');
    if (status === 429) return t('busy');
    if (status < 500 && body && typeof body.error === 'string' && body.error.trim()) return body.error;
    return t('server');
  }

  async function postChat(conversationId, text) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
    try {
      const response = await fetch('api/chat', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ conversationId, text }),
        signal: controller.signal,
      });
      const body = await response.json().catch(() => null);
      if (!response.ok) throw new ChatError(errorFor(response.status, body));
      if (!body || !Array.isArray(body.replies)) throw new ChatError(t('server'));
      return body.replies
        .filter((reply) => reply && typeof reply.text === 'string')
        .map((reply) => ({
          from: 'bot',
          text: reply.text,
          choices: Array.isArray(reply.choices) ? reply.choices.filter((c) => typeof c === 'string' && c.trim()) : [],
        }));
    } catch (error) {
      if (error instanceof ChatError) throw error;
      if (error.name === 'AbortError') throw new ChatError(t('timeout'));
      throw new ChatError(navigator.onLine === false ? t('offline') : t('network'));
    } finally {
      clearTimeout(timer);
    }
  }

  async function request(text) {
    const conversationId = state.conversationId;
    setWaiting(true);
    renderChoices();
    let replies;
    try {
      replies = await postChat(conversationId, text);
    } catch (error) {
      replies = error;
    }
    if (conversationId !== state.conversationId) return; // the parent started a new conversation meanwhile
    setWaiting(false);
    if (replies instanceof Error) {
      showError(replies.message);
      return;
    }
    state.pending = null;
    state.messages.push(...replies);
    save();
    const added = replies.map(messageElement);
    log.append(...added);
    applyLanguage(lastBotLanguage());
    renderChoices();
    reveal(added[0]);
  }

  function send(rawText) {
    const text = rawText.trim().slice(0, MAX_LENGTH);
    if (!text || waiting) return false;
    clearError();
    state.messages.push({ from: 'user', text });
    state.pending = text;
    save();
    const element = messageElement({ from: 'user', text });
    log.append(element);
    reveal(element);
    request(text);
    return true;
  }

  function resizeInput() {
    const atBottom = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 8;
    input.style.height = 'auto';
    input.style.height = `${Math.min(input.scrollHeight, 160)}px`;
    if (atBottom) scroller.scrollTop = scroller.scrollHeight;
  }

  function updateCounter() {
    const length = input.value.length;
    counter.hidden = length < SHOW_COUNTER_FROM;
    counter.textContent = `${length} / ${MAX_LENGTH}`;
    counter.classList.toggle('at-limit', length >= MAX_LENGTH);
  }

  function submit() {
    if (send(input.value)) {
      input.value = '';
      resizeInput();
      updateCounter();
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit();
    }
  });

  input.addEventListener('input', () => {
    resizeInput();
    updateCounter();
  });

  newConversationButton.addEventListener('click', () => {
    state = freshState();
    save();
    setWaiting(false);
    render();
  });

  render();
  requestAnimationFrame(() => scroller.classList.add('smooth'));
})();
