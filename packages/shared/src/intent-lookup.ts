import { DataError } from "./errors.js";
import { INTENTS, type Intent } from "./intents.js";

/** The intent with this id; throws for anything outside 1-40. */
export function intentById(id: number): Intent {
  const intent = INTENTS[id - 1];
  if (!intent || intent.id !== id) throw new DataError({ field: "intent", message: `${id} is not an intent id (1-40)` });
  return intent;
}
