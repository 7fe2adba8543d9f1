import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";

describe("password policy", () => {
  it("needs 12 to 128 characters", () => {
    expect(passwordProblem("short-pw-11")).toMatch(/at least 12/);
    expect(passwordProblem("x".repeat(129))).toMatch(/at most 128/);
    expect(passwordProblem("plum-harbor-kettle")).toBeNull();
  });

  it.each([
    "password1234",
    "Password1234",
    "qwertyuiop123",
    "123456789012",
    "iloveyou2024",
    "aaaaaaaaaaaa",
    "welcome12345",
  ])("refuses the common password %s", (pw) => expect(passwordProblem(pw)).toMatch(/too common/));

  it("refuses the email address itself", () => {
    expect(passwordProblem("newperson@acme.test", "NewPerson@acme.test")).toMatch(/email/);
  });
});
