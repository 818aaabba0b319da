import { randomInt } from "node:crypto";

/** The unified social credit code's alphabet (GB 32100-2015): a character's value is its index. */
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character of a code's first 17 characters. */
export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) {
    sum += ALPHABET.indexOf(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  }
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** A fresh, valid code of an enterprise registered in Wangcheng (430112). */
export function randomUscc(): string {
  let code = "91430112";
  for (let i = 0; i < 9; i++) {
    code += ALPHABET.charAt(randomInt(ALPHABET.length));
  }
  return code + checkCharacter(code);
}
