/**
 * Everyday forms of English first names: "Bob Lane" and "Robert Lane" are one person. Each line is
 * a formal name and the short forms outlets print for it; a short form may stand for several
 * formal names ("Chris": Christopher, Christine).
 */
const FORMS = `
robert bob bobby rob robbie
william bill billy will willie
james jim jimmy jamie
john jack johnny
jonathan jon
michael mike mikey
thomas tom tommy
richard dick rick ricky rich
daniel dan danny
david dave
joseph joe joey
anthony tony
christopher chris
christine chris
christina chris
patrick pat
patricia pat patty
katherine kate katie kathy
catherine kate katie cathy
elizabeth liz beth betty betsy
margaret maggie meg peggy
susan sue susie
jennifer jen jenny
steven steve
stephen steve
edward ed eddie ted ned
theodore ted teddy
albert al
alan al
alfred al alfie
alexander alex
alexandra alex
andrew andy drew
benjamin ben
charles charlie chuck
donald don
douglas doug
frederick fred freddie
gregory greg
henry hank
gerald jerry
jerome jerry
lawrence larry
matthew matt
nicholas nick
peter pete
philip phil
phillip phil
ronald ron ronnie
samuel sam
samantha sam
timothy tim
walter walt
zachary zach
nathaniel nate
nathan nate
kenneth ken kenny
joshua josh
mitchell mitch
abigail abby
deborah debbie deb
sandra sandy
victoria vicky
rebecca becky
cynthia cindy
judith judy
kimberly kim
pamela pam
terrence terry
terence terry
raymond ray
eugene gene
leonard len lenny
vincent vince
frank frankie
francis frank
gabriel gabe
jacob jake
harold hal harry
henry hal harry
randall randy
randolph randy
jeffrey jeff
geoffrey geoff jeff
stanley stan
herbert herb
howard howie
russell russ
louis lou
lewis lou
martin marty
bernard bernie
reginald reggie
clifford cliff
bradley brad
jessica jess jessie
valerie val
victor vic
barbara barb
theresa terri tess
stephanie steph
jacqueline jackie
kathleen kathy kate
dorothy dottie dot
eleanor ellie nell
augustus gus
maxwell max
maximilian max
`;

const formal = new Map<string, Set<string>>();
for (const line of FORMS.trim().split('\n')) {
  const [name, ...short] = line.trim().split(/\s+/);
  for (const form of [name, ...short]) formal.set(form, (formal.get(form) ?? new Set()).add(name));
}

/** Two first names one person goes by: "bob" and "robert", "bob" and "bobby" (lower case). */
export function sameFirstName(a: string, b: string): boolean {
  const [x, y] = [formal.get(a), formal.get(b)];
  return !!x && !!y && [...x].some((name) => y.has(name));
}
