// A dashboard panel: a labelled section that shows loading, its content, or why it is missing.

import { h } from './dom.js';
import { describe, type Problem, summarize } from './errors.js';
import type { GraphQLErrorShape } from './graphql.js';

export interface Panel {
  section: HTMLElement;
  loading(): void;
  /** Marks the content as being replaced (a new sort or page) without removing it, so focus stays put. */
  busy(): void;
  show(...content: Node[]): void;
  /** Replaces the content with the reason this panel is missing; the rest of the page carries on. */
  fail(errors: readonly GraphQLErrorShape[]): void;
}

/** One line naming the panel and what went wrong, with the code people can look up in the README. */
export function problemNote(subject: string, problems: ReadonlyArray<Problem & { count?: number }>): HTMLElement {
  return h(
    'div',
    { class: 'problem', role: 'alert' },
    h('strong', {}, `${subject} unavailable. `),
    ...problems.map((problem) =>
      h('span', {}, `${problem.text} `, h('code', { class: 'code' }, problem.code), problems.length > 1 ? ' ' : ''),
    ),
  );
}

export function panel(id: string, title: string, extraClass = ''): Panel {
  const heading = h('h2', { id: `${id}-title` }, title);
  // Not a live region: re-rendering 100 rows would be read out whole; alerts and the live badge speak instead.
  const body = h('div', { class: 'panel-body' });
  const section = h(
    'section',
    { id, class: `panel ${extraClass}`.trim(), 'aria-labelledby': `${id}-title`, 'data-state': 'idle' },
    heading,
    body,
  );
  const set = (state: string, ...content: Node[]) => {
    section.dataset.state = state;
    body.setAttribute('aria-busy', String(state === 'loading'));
    body.replaceChildren(...content);
  };
  return {
    section,
    loading: () => set('loading', h('p', { class: 'muted' }, 'Loading…')),
    busy: () => {
      section.dataset.state = 'loading';
      body.setAttribute('aria-busy', 'true');
    },
    show: (...content) => set('ready', ...content),
    fail: (errors) => {
      const problems = errors.length > 0 ? summarize(errors) : [describe({ message: '' })];
      section.dataset.errorCode = problems[0]?.code ?? '';
      set('error', problemNote(title, problems));
    },
  };
}
