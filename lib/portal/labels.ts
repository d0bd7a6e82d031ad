/** "on_hold" → "statusOnHold": the message key of a status or priority value. */
export const labelKey = (prefix: string, value: string) => prefix + value.replace(/(^|_)([a-z])/g, (_m, _u, c: string) => c.toUpperCase());
