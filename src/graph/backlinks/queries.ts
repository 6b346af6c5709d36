/**
 * The `target` and `targets` queries.
 */
import { failedItem } from '../../errors/index.js';
import { refsOf } from '../../pricing/fields.js';
import type { TargetMode as Mode } from '../../upstream/seranking/types.js';
import { builder } from '../builder.js';
import { TargetMode } from '../enums.js';
import { Target, type TargetRef, targetRef } from './target.js';

builder.queryFields((t) => ({
  target: t.field({
    type: Target,
    nullable: true,
    extensions: {
      refs: refsOf((_root: unknown, args: { target: string; mode?: Mode | null }) =>
        targetRef(args.target, args.mode ?? 'host'),
      ),
    },
    description: 'One backlinks target. An invalid target is `INVALID_TARGET`, before any upstream call.',
    args: {
      target: t.arg.string({ required: true, description: 'A domain, host or http(s) URL.' }),
      mode: t.arg({ type: TargetMode, defaultValue: 'host', description: 'How the target is interpreted.' }),
    },
    resolve: (_root, args) => targetRef(args.target, args.mode ?? 'host'),
  }),
  targets: t.field({
    type: [Target],
    nullable: { list: false, items: true },
    complexity: (args) => ({ field: 0, multiplier: args.targets.length }),
    description:
      'Many targets, one entry per input in input order; an invalid one is null with its `INVALID_TARGET` ' +
      'error (no upstream call for it). Their summaries and authority are fetched 100 targets per call.',
    args: {
      targets: t.arg.stringList({ required: true, description: 'Domains, hosts or http(s) URLs.' }),
      mode: t.arg({ type: TargetMode, defaultValue: 'host', description: 'How every target is interpreted.' }),
    },
    extensions: { refs: refsOf((_root: unknown, args: { targets: string[]; mode?: Mode | null }) => targetRefs(args)) },
    resolve: (_root, args) => targetRefs(args),
  }),
}));

/** The targets of a `targets` query in input order; an invalid one is a failed item (null with its error). */
const targetRefs = (args: { targets: readonly string[]; mode?: Mode | null | undefined }) =>
  args.targets.map((raw) => {
    try {
      return targetRef(raw, args.mode ?? 'host');
    } catch (error) {
      return failedItem<TargetRef>(error);
    }
  });
