// Regenerates lib/auth/common-passwords.txt: the passwords people pick most often, and the
// ways they stretch them to pass a length rule (suffixes, years, repeats, keyboard walks).
//   node scripts/generate-common-passwords.mjs
import { writeFileSync } from "node:fs";

// The perennial top of every published breach list.
const classics = `123456 123456789 12345678 password qwerty 12345 1234567 111111 123123 1234567890 abc123
password1 1234 qwerty123 iloveyou 000000 1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y qwertyuiop 654321 555555 666666
987654321 7777777 121212 123321 123qwe 1qaz2wsx zaq12wsx qazwsx qwe123 asdfgh asdfghjkl zxcvbnm zxcvbnm123
monkey dragon letmein welcome admin login master hello freedom whatever trustno1 sunshine princess football
baseball shadow superman batman michael jennifer jordan hunter ranger buster soccer hockey killer charlie
andrew thomas daniel jessica ashley michelle nicole starwars pokemon computer internet secret access flower
passw0rd p@ssword p@ssw0rd pa55word password123 welcome1 admin123 root toor changeme default guest test
test123 user letmein1 abcdef abcdefg abcdefgh abcd1234 aa123456 a123456 q1w2e3r4 q1w2e3r4t5y6 asd123
qweasdzxc 1qazxsw2 zaq1zaq1 zxcv1234 lovely loveme iloveu angel angels babygirl summer winter spring autumn
chocolate cookie cheese pepper ginger purple orange banana apple matrix mustang corvette ferrari harley
yankees cowboys eagles steelers packers lakers liverpool arsenal chelsea barcelona juventus madrid
jesus jesus1 blessed godisgood christ heaven family friends forever love lover loving sweety sweetheart
samsung iphone google facebook twitter linkedin microsoft windows apple123 qwerty1 qwerty12 qwerty1234
hello123 hello1234 welcome123 welcome2024 letmein123 admin1234 administrator password12 password1234
secret123 monkey123 dragon123 master123 shadow123 sunshine1 princess1 football1 baseball1 superman1
trustno11 iloveyou1 iloveyou2 123abc abc12345 passpass pass1234 mypassword mypass newpassword
temp temp123 temppass office work company business portal voice phone agent dental clinic`.split(/\s+/);

const words = `password passw0rd p@ssw0rd p@ssword qwerty qwertyuiop asdfghjkl zxcvbnm iloveyou welcome letmein admin
administrator monkey dragon master sunshine princess football baseball superman batman shadow trustno1 freedom
whatever michael jennifer jordan hunter ranger soccer hockey charlie starwars pokemon computer internet secret
summer winter spring autumn chocolate cookie banana orange purple mustang ferrari liverpool chelsea arsenal
barcelona yankees cowboys blessed jesus family friends forever lovely sweetheart samsung iphone google
facebook microsoft windows changeme default login access office company business mypassword newpassword
hello goodbye welcome loveyou iloveyou babygirl angel flower matrix killer pepper ginger cheese`.split(/\s+/);

const suffixes = [
  "",
  "1",
  "12",
  "123",
  "1234",
  "12345",
  "123456",
  "1234567",
  "12345678",
  "!",
  "1!",
  "123!",
  "2020",
  "2021",
  "2022",
  "2023",
  "2024",
  "2025",
  "2026",
  "2027",
  "01",
  "69",
  "007",
  "000",
  "111",
  "99",
  "@123",
  "#1",
  "!!",
];

const out = new Set(classics.map((w) => w.toLowerCase()));
for (const w of words) {
  for (const s of suffixes) {
    out.add(`${w}${s}`);
    out.add(`${s}${w}`.replace(/^!+/, ""));
  }
  out.add(`${w}${w}`);
  out.add(`${w}${w}1`);
  out.add(`my${w}`);
  out.add(`my${w}123`);
  out.add(`the${w}`);
  out.add(`${w}password`);
}

// Sequences and repeats at the lengths a 12-character rule invites.
const digits = "12345678901234567890";
for (let n = 8; n <= 20; n++) {
  out.add(digits.slice(0, n));
  out.add("0123456789012345678".slice(0, n));
  out.add("98765432109876543210".slice(0, n));
  for (const d of "0123456789") out.add(d.repeat(n));
  for (const c of "abcdefghijklmnopqrstuvwxyz") out.add(c.repeat(n));
  out.add("abcdefghijklmnopqrstuvwxyz".slice(0, n));
  out.add("qwertyuiopasdfghjklzxcvbnm".slice(0, n));
  out.add("1qaz2wsx3edc4rfv5tgb6yhn".slice(0, n));
  out.add("1q2w3e4r5t6y7u8i9o0p".slice(0, n));
  out.add("q1w2e3r4t5y6u7i8o9p0".slice(0, n));
  out.add("zaq12wsxcde34rfv".slice(0, n));
  out.add("qazwsxedcrfvtgbyhn".slice(0, n));
  out.add("asdfasdfasdfasdfasdf".slice(0, n));
  out.add("qweqweqweqweqweqweqwe".slice(0, n));
  out.add("123123123123123123123".slice(0, n));
  out.add("abcabcabcabcabcabcabc".slice(0, n));
  out.add("abc123abc123abc123abc".slice(0, n));
  out.add("121212121212121212121".slice(0, n));
  out.add("qwerty123456qwerty".slice(0, n));
}
for (const a of ["qwerty", "asdfgh", "zxcvbn", "abcdef", "123456", "qwertz", "azerty"]) {
  for (const b of ["123456", "654321", "qwerty", "asdfgh", "zxcvbn", "abcdef", "111111", "000000"]) out.add(a + b);
}

const list = [...out].filter((w) => w.length >= 4 && w.length <= 128).sort();
writeFileSync("lib/auth/common-passwords.txt", `${list.join("\n")}\n`);
console.log(`${list.length} passwords`);
