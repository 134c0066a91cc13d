/** Function words and reporting verbs that say nothing about which story an article tells. */
export const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being
  below between both but by can could did do does doing down during each few for from further had has
  have having he her here hers herself him himself his how i if in into is it its itself just me more
  most my myself no nor not now of off on once only or other our ours ourselves out over own same she
  should so some such than that the their theirs them themselves then there these they this those
  through to too under until up very was we were what when where which while who whom why will with
  would you your yours yourself yourselves said says say told tell according mr mrs ms dr also one two
  new year years day days week weeks month months time first last may might must shall us its it's
  however many much even still yet since per via upon among within without across around along like
  get got make made take took go went come came see saw know known want wanted going next well back
  way ago today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/),
);
