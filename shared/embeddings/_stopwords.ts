// Function words of the CV languages we read (EN, DE, FR, ES, PT, IT, NL), already lowercased and
// accent-folded: they carry no meaning for matching and would otherwise dominate every vector.

const english =
  "a an and are as at be been but by for from has have he her his i in is it its me my of on or our she so that the their them they this to was we were which who will with you your";
const german =
  "aber als am an auch auf aus bei bin bis das dass dem den der des die du ein eine einem einen einer eines er es fur ich ihr im in ist ja mit nach nicht noch oder sie sind so uber um und uns von vor war wie wir zu zum zur";
const french =
  "au aux avec ce ces dans de des du elle en est et il ils je la le les leur lui mais me mes mon ne nous ou par pas pour qu que qui sa se ses son sur ta te tu un une vos votre vous";
const spanish =
  "al como con de del el ella en es esta este la las lo los mas mi no nos o para pero por que se sin su sus un una uno y ya yo";
const portuguese =
  "ao aos as com como da das de do dos e ela ele em entre era essa esse eu isso mais mas meu na nas nao no nos o os ou para pela pelo por que se sem seu sua um uma";
const italian =
  "ai al alla alle anche che chi come con da dal dei del della delle di e gli ha ho il in io la le lo ma mi nel nella non per piu sono su sua suo tra un una uno";
const dutch =
  "aan al bij dat de den der die dit door een en er het hij ik in is je met naar niet of om ook op te tot uit van voor was wat we wij zijn ze zich";

/** every stopword, lowercase without accents */
export const stopwords: ReadonlySet<string> = new Set(
  [english, german, french, spanish, portuguese, italian, dutch].flatMap((list) => list.split(" ")),
);
