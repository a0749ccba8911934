import { intentById } from "@hotel-intent/shared";

/** `7 Request late check-out`: an intent as charts and tables show it. */
export function intentLabel(id: number): string {
  return `${id} ${intentById(id).name}`;
}
