/**
 * The `account` query: credits and balances of both upstream accounts. Each side resolves on its own, so an
 * upstream that fails gives a null side with its error while the other side still answers.
 */
import type { LoaderScope } from '../../context.js';
import type { SerankingEndpoint } from '../../pricing/index.js';
import type { CreditBalance, Subscription } from '../../upstream/seranking/types.js';
import { serpmetricsCredit } from '../../upstream/serpmetrics/reads.js';
import type { Credit } from '../../upstream/serpmetrics/types.js';
import { builder } from '../builder.js';
import { serankingKey } from '../seranking.js';

interface SerankingAccountValue {
  subscription: Subscription;
  credits: CreditBalance;
}

/** Both SE Ranking account reads (free), cached briefly, fetched together. */
async function serankingAccount(scope: LoaderScope): Promise<SerankingAccountValue> {
  const client = scope.clients.seranking;
  const read = <T>(endpoint: SerankingEndpoint, load: (signal: AbortSignal) => Promise<T>) =>
    scope.cache.fetch(serankingKey(scope, 'account', endpoint, {}), load, scope.fetchOptions).then((c) => c.value);
  const [subscription, credits] = await Promise.all([
    read('account/subscription', (signal) => client.subscription({ signal })),
    read('account/credit-balance', (signal) => client.creditBalance({ signal })),
  ]);
  return { subscription, credits };
}

const isoDate = (value: string | null): Date | null => {
  if (value === null) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
};

export const SerankingAccount = builder.objectRef<SerankingAccountValue>('SerankingAccount').implement({
  description: 'The SE Ranking Data API account: subscription and credit counters.',
  fields: (t) => ({
    status: t.string({
      description: 'The subscription status: `active`, `inactive`, `expired` or `disabled` (others kept verbatim).',
      resolve: (a) => a.subscription.status,
    }),
    startsAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the subscription started.',
      resolve: (a) => isoDate(a.subscription.startDate),
    }),
    expiresAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the subscription expires.',
      resolve: (a) => isoDate(a.subscription.expirationDate),
    }),
    unitsLimit: t.float({
      description: 'Credits (units) the subscription grants.',
      resolve: (a) => a.subscription.unitsLimit,
    }),
    unitsLeft: t.float({
      description: 'Credits (units) left on the subscription.',
      resolve: (a) => a.subscription.unitsLeft,
    }),
    creditLimit: t.float({
      description: 'The credit limit of the balance counter (reported apart from the units; never reconciled).',
      resolve: (a) => a.credits.limit,
    }),
    creditsUsed: t.float({
      description: 'Credits used according to the balance counter.',
      resolve: (a) => a.credits.used,
    }),
  }),
});

export const SerpmetricsAccount = builder.objectRef<Credit>('SerpmetricsAccount').implement({
  description: 'The SERPmetrics account: SERP credits that checks draw on, and money.',
  fields: (t) => ({
    serpCredits: t.exposeInt('serpCredit', {
      description: 'SERP credits: each daily or delayed check costs 1, a priority check 6 (charged when data arrives).',
    }),
    balance: t.exposeFloat('balance', {
      description: 'Funds (money) from which credits are bought in blocks of 1,000.',
    }),
    apiCredits: t.exposeFloat('apiCredit', {
      description: 'API credits (fractional, may be negative).',
    }),
  }),
});

export const Account = builder.objectRef<Record<string, never>>('Account').implement({
  description: 'Credits and balances of both upstream accounts this gateway uses.',
  fields: (t) => ({
    seranking: t.field({
      type: SerankingAccount,
      nullable: true,
      description: 'The SE Ranking account; null with its error when SE Ranking cannot be asked.',
      resolve: (_a, _args, ctx) => serankingAccount(ctx),
    }),
    serpmetrics: t.field({
      type: SerpmetricsAccount,
      nullable: true,
      description: 'The SERPmetrics account; null with its error when SERPmetrics cannot be asked.',
      resolve: (_a, _args, ctx) => serpmetricsCredit(ctx),
    }),
  }),
});

builder.queryField('account', (t) =>
  t.field({
    type: Account,
    nullable: true,
    description: 'Credits and balances of both upstream accounts (free reads, cached for a minute).',
    resolve: () => ({}),
  }),
);
