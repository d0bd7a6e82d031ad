/**
 * `DOCUMENTATION_KEY=<new> DOCUMENTATION_KEY_PREVIOUS=<old> npm run documentation:rotate-key`: re-wraps every
 * tenant's documentation data key with the new master key. Run it once, then remove DOCUMENTATION_KEY_PREVIOUS.
 */
import { closeDb, transaction } from '@/lib/db/client';
import { rotateMasterKey } from '@/lib/documentation/crypto';

const { rewrapped, current } = await transaction((tx) => rotateMasterKey(tx));
console.log(`Re-wrapped ${rewrapped} data key(s) with the new master key; ${current} already used it.`);
await closeDb();
