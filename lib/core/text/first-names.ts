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
patricia pat patty trish tricia
katherine kate katie kathy
catherine kate katie cathy
elizabeth liz beth betty betsy
margaret maggie meg peggy peg
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
angela angie
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
kristen kris
kristin kris
kristina kris
frances fran frannie
francine fran
kathryn kate katie kathy
suzanne sue suzy
marjorie marge
josephine jo josie
nicole nikki
madeline maddie
allison allie
gabrielle gabby
isabel izzy
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

/** First names, with their everyday forms, that stand for one sex only in English-language news (not "Chris", "Pat", "Sam"). */
const MALE = new Set(
  `james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven
  paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan
  stephen larry justin scott brandon benjamin gregory frank patrick raymond jack dennis jerry tyler aaron adam nathan henry
  douglas zachary peter kyle ethan walter noah jeremy keith roger gerald harold sean carl arthur lawrence bruce logan albert
  willie alan wayne randy roy vincent ralph eugene russell bobby philip louis howard martin bernard reginald clifford
  bradley victor stanley herbert tom bob bill jim mike dave dan steve joe tony rick ted ed ben hal jeff stan herb ron don
  greg marty bernie reggie cliff brad vic gus nate jake mitch walt doug fred hank ken phil pete ray gene vince josh andy
  matt nick tim`.split(/\s+/),
);
const FEMALE = new Set(
  `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly
  emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela
  shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria
  heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl
  hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace denise
  amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori kristen
  kristin kristina liz beth betsy maggie meg peggy sue susie jen jenny kate katie kathy cathy patty abby debbie deb sandy
  vicky becky cindy kim pam barb terri steph jackie dottie nell ellie`.split(/\s+/),
);

/** The sex a first name stands for (lower case), where it stands for one only. */
export function sexOfFirstName(name: string): 'male' | 'female' | null {
  return MALE.has(name) ? 'male' : FEMALE.has(name) ? 'female' : null;
}
