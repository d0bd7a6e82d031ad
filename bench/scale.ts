/**
 * How big the bench is. The default is the scenario (100,000 portal users, 10,000 company tickets,
 * 50,000 articles, enough samples for a stable p95). `BENCH_SCALE=small` proves the bench end to end in a few
 * minutes (2,000 users, 500 tickets, 1,000 articles, few samples): its figures say nothing about the budgets.
 */
export const SMALL = process.env.BENCH_SCALE === 'small';

export const SCALE = SMALL
  ? { companies: 100, usersPerCompany: 20, tickets: 500, articles: 1_000, page: 2, querySamples: 30, pageSamples: 15, kbSamples: 24, warmUp: 3, throughputRounds: 2, throughputSeconds: 1 }
  : { companies: 5_000, usersPerCompany: 20, tickets: 10_000, articles: 50_000, page: 50, querySamples: 100, pageSamples: 50, kbSamples: 120, warmUp: 5, throughputRounds: 3, throughputSeconds: 5 };
