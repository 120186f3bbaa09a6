/** The review models a scenario can run under (here without the schema, for code that needs only the names). */
export const MODELS = ['sync', 'async', 'hybrid', 'event-driven'] as const;
