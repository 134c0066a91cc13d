/**
 * Builds lib/core/outlets/outlets.json, the catalogue of outlets a reader can follow, from the public
 * catalogues in ../shared/data/catalogues (see its README and NOTICE). The choice of outlets is made
 * here by hand; every feed address must appear, as https, in those catalogues, and ownership facts
 * come from kite-public's media_data.json (its prose is never copied: only owner names and typology).
 * Deterministic: the same catalogues give the same file.
 *
 *   npx tsx lib/node/build/outlet-catalogue.ts [CATALOGUES_DIR]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOpml } from '../../core/feeds/opml';
import { outletList, type CatalogueSource, type Outlet, type OwnershipType } from '../../core/outlets/schema';

interface Pick {
  name: string;
  /** https origins where the outlet's articles live. */
  sites: string[];
  /** General, world or national feeds, written exactly as a catalogue lists them. */
  feeds: string[];
  /** ISO 3166 alpha-3. */
  country: string;
  /** The owner's name as media_data.json gives it (a name, never its sentences). */
  owner?: string;
  stateControlled?: true;
  defaultSelected?: true;
}

/**
 * The default selection (about 25) spans the regions and, in the US and the UK, the political
 * spectrum; the comment after a default outlet says where it usually sits on that spectrum.
 * Left out for want of an https feed in the catalogues: Fox News, CNN, Breitbart, The Daily Signal,
 * TASS, Xinhua, Times of India, ANSA. AP and Reuters publish no feed of their own.
 */
const PICKS: Pick[] = [
  // United States
  { name: 'The New York Times', sites: ['https://www.nytimes.com'], feeds: ['https://rss.nytimes.com/services/xml/rss/nyt/World.xml', 'https://rss.nytimes.com/services/xml/rss/nyt/US.xml'], country: 'USA', owner: 'The New York Times Company', defaultSelected: true }, // centre-left
  { name: 'The Washington Post', sites: ['https://www.washingtonpost.com'], feeds: ['https://feeds.washingtonpost.com/rss/world', 'https://feeds.washingtonpost.com/rss/national'], country: 'USA', owner: 'Nash Holdings' },
  { name: 'NPR', sites: ['https://www.npr.org'], feeds: ['https://feeds.npr.org/1004/rss.xml', 'https://feeds.npr.org/1014/rss.xml'], country: 'USA', owner: 'National Public Radio', defaultSelected: true }, // centre-left
  { name: 'The Wall Street Journal', sites: ['https://www.wsj.com'], feeds: ['https://feeds.a.dj.com/rss/RSSWorldNews.xml'], country: 'USA', owner: 'News Corp', defaultSelected: true }, // centre-right
  { name: 'The Christian Science Monitor', sites: ['https://www.csmonitor.com'], feeds: ['https://rss.csmonitor.com/feeds/all', 'https://rss.csmonitor.com/feeds/usa'], country: 'USA', owner: 'The First Church of Christ, Scientist', defaultSelected: true }, // centre
  { name: 'The Hill', sites: ['https://thehill.com'], feeds: ['https://thehill.com/homenews/feed/'], country: 'USA', owner: 'Nexstar Media Group' },
  { name: 'New York Post', sites: ['https://nypost.com'], feeds: ['https://nypost.com/us-news/feed/', 'https://nypost.com/politics/feed/'], country: 'USA', owner: 'News Corp', defaultSelected: true }, // right
  { name: 'Washington Examiner', sites: ['https://www.washingtonexaminer.com'], feeds: ['https://www.washingtonexaminer.com/section/politics/feed/'], country: 'USA', defaultSelected: true }, // right
  { name: 'National Review', sites: ['https://www.nationalreview.com'], feeds: ['https://www.nationalreview.com/feed/'], country: 'USA' },
  { name: 'Reason', sites: ['https://reason.com'], feeds: ['https://reason.com/feed/'], country: 'USA', owner: 'Reason Foundation' },
  { name: 'Just the News', sites: ['https://justthenews.com'], feeds: ['https://justthenews.com/rss.xml'], country: 'USA', owner: 'John Solomon' },
  { name: 'ABC News', sites: ['https://abcnews.go.com'], feeds: ['https://abcnews.go.com/abcnews/internationalheadlines', 'https://abcnews.go.com/abcnews/usheadlines'], country: 'USA', owner: 'The Walt Disney Company' },
  { name: 'CBS News', sites: ['https://www.cbsnews.com'], feeds: ['https://www.cbsnews.com/latest/rss/main', 'https://www.cbsnews.com/latest/rss/world'], country: 'USA', owner: 'Paramount Global' },
  { name: 'NBC News', sites: ['https://www.nbcnews.com'], feeds: ['https://feeds.nbcnews.com/msnbc/public/news'], country: 'USA' },
  { name: 'PBS NewsHour', sites: ['https://www.pbs.org'], feeds: ['https://www.pbs.org/newshour/feeds/rss/world', 'https://www.pbs.org/newshour/feeds/rss/politics'], country: 'USA' },
  { name: 'Los Angeles Times', sites: ['https://www.latimes.com'], feeds: ['https://www.latimes.com/politics/rss2.0.xml'], country: 'USA', owner: 'Patrick Soon-Shiong' },
  { name: 'TIME', sites: ['https://time.com'], feeds: ['https://time.com/world/feed', 'https://time.com/us/feed'], country: 'USA', owner: 'Marc Benioff' },
  { name: 'Axios', sites: ['https://www.axios.com'], feeds: ['https://api.axios.com/feed/'], country: 'USA' },
  { name: 'Semafor', sites: ['https://www.semafor.com'], feeds: ['https://www.semafor.com/rss.xml'], country: 'USA', owner: 'Ben Smith, Justin B. Smith' },
  { name: 'Vox', sites: ['https://www.vox.com'], feeds: ['https://www.vox.com/rss/politics/index.xml'], country: 'USA' },
  { name: 'The Nation', sites: ['https://www.thenation.com'], feeds: ['https://www.thenation.com/feed/?post_type=article'], country: 'USA' },
  { name: 'The Intercept', sites: ['https://theintercept.com'], feeds: ['https://theintercept.com/feed/'], country: 'USA', owner: 'First Look Media' },
  { name: 'ProPublica', sites: ['https://www.propublica.org'], feeds: ['https://www.propublica.org/feeds/propublica/main'], country: 'USA' },
  { name: 'Foreign Policy', sites: ['https://foreignpolicy.com'], feeds: ['https://foreignpolicy.com/feed/'], country: 'USA', owner: 'Graham Holdings Company' },
  { name: 'Voice of America', sites: ['https://www.voanews.com'], feeds: ['https://www.voanews.com/api/'], country: 'USA', owner: 'U.S. Agency for Global Media' },

  // United Kingdom
  { name: 'BBC News', sites: ['https://www.bbc.com', 'https://www.bbc.co.uk'], feeds: ['https://feeds.bbci.co.uk/news/world/rss.xml', 'https://feeds.bbci.co.uk/news/uk/rss.xml'], country: 'GBR', owner: 'British Broadcasting Corporation', defaultSelected: true }, // centre
  { name: 'The Guardian', sites: ['https://www.theguardian.com'], feeds: ['https://www.theguardian.com/world/rss', 'https://www.theguardian.com/uk-news/rss'], country: 'GBR', owner: 'Scott Trust Limited', defaultSelected: true }, // left
  { name: 'The Independent', sites: ['https://www.independent.co.uk'], feeds: ['https://www.independent.co.uk/rss'], country: 'GBR', owner: 'Evgeny Lebedev, Sultan Muhammad Abuljadayel, Justin Byam Shaw', defaultSelected: true }, // centre-left
  { name: 'The Telegraph', sites: ['https://www.telegraph.co.uk'], feeds: ['https://www.telegraph.co.uk/rss.xml'], country: 'GBR', defaultSelected: true }, // right
  { name: 'Daily Mail', sites: ['https://www.dailymail.co.uk'], feeds: ['https://www.dailymail.co.uk/home/index.rss'], country: 'GBR' },
  { name: 'Sky News', sites: ['https://news.sky.com'], feeds: ['https://feeds.skynews.com/feeds/rss/home.xml'], country: 'GBR' },
  { name: 'Financial Times', sites: ['https://www.ft.com'], feeds: ['https://www.ft.com/world?format=rss', 'https://www.ft.com/rss/home/international'], country: 'GBR', owner: 'Nikkei Inc.' },
  { name: 'The Economist', sites: ['https://www.economist.com'], feeds: ['https://www.economist.com/international/rss.xml', 'https://www.economist.com/britain/rss.xml'], country: 'GBR', owner: 'Exor N.V., Rothschild, Cadbury, Schroder, Layton' },
  { name: 'i', sites: ['https://inews.co.uk'], feeds: ['https://inews.co.uk/feed'], country: 'GBR', owner: 'Daily Mail and General Trust' },
  { name: 'Evening Standard', sites: ['https://www.standard.co.uk'], feeds: ['https://www.standard.co.uk/rss'], country: 'GBR' },
  { name: 'Daily Express', sites: ['https://www.express.co.uk'], feeds: ['https://www.express.co.uk/posts/rss/1/uk'], country: 'GBR' },
  { name: 'Channel 4 News', sites: ['https://www.channel4.com'], feeds: ['https://www.channel4.com/news/uk/feed'], country: 'GBR' },
  { name: 'Novara Media', sites: ['https://novaramedia.com'], feeds: ['https://novaramedia.com/feed/'], country: 'GBR' },
  { name: 'spiked', sites: ['https://www.spiked-online.com'], feeds: ['https://www.spiked-online.com/topic/world/feed/'], country: 'GBR' },
  { name: 'The New Arab', sites: ['https://www.newarab.com'], feeds: ['https://www.newarab.com/rss'], country: 'GBR', owner: 'Fadaat Media' },

  // Europe
  { name: 'DW', sites: ['https://www.dw.com'], feeds: ['https://rss.dw.com/rdf/rss-en-all', 'https://rss.dw.com/rdf/rss-en-world'], country: 'DEU', owner: 'Federal Government of Germany', defaultSelected: true },
  { name: 'Le Monde in English', sites: ['https://www.lemonde.fr'], feeds: ['https://www.lemonde.fr/en/rss/une.xml'], country: 'FRA', owner: 'Le Monde Libre', defaultSelected: true },
  { name: 'El País English', sites: ['https://english.elpais.com'], feeds: ['https://feeds.elpais.com/mrss-s/pages/ep/site/english.elpais.com/portada', 'https://feeds.elpais.com/mrss-s/list/ep/site/english.elpais.com/section/international'], country: 'ESP', owner: 'PRISA', defaultSelected: true },
  { name: 'The Kyiv Independent', sites: ['https://kyivindependent.com'], feeds: ['https://kyivindependent.com/news-archive/rss/'], country: 'UKR', defaultSelected: true },
  { name: 'Der Spiegel International', sites: ['https://www.spiegel.de'], feeds: ['https://www.spiegel.de/international/index.rss'], country: 'DEU', owner: 'Spiegel employees, Mohn family, Augstein family' },
  { name: 'France 24', sites: ['https://www.france24.com'], feeds: ['https://www.france24.com/en/rss'], country: 'FRA', owner: 'France Médias Monde' },
  { name: 'RFI', sites: ['https://www.rfi.fr'], feeds: ['https://www.rfi.fr/en/international/rss'], country: 'FRA', owner: 'France Médias Monde' },
  { name: 'Euronews', sites: ['https://www.euronews.com'], feeds: ['https://www.euronews.com/rss?level=vertical&name=news'], country: 'FRA', owner: 'Alpac Capital' },
  { name: 'Politico Europe', sites: ['https://www.politico.eu'], feeds: ['https://www.politico.eu/feed/'], country: 'BEL' },
  { name: 'The Irish Times', sites: ['https://www.irishtimes.com'], feeds: ['https://www.irishtimes.com/arc/outboundfeeds/feed-irish-news/?from=0&size=20'], country: 'IRL' },
  { name: 'RTÉ News', sites: ['https://www.rte.ie'], feeds: ['https://www.rte.ie/feeds/rss/?index=%2Fnews%2F'], country: 'IRL' },
  { name: 'Meduza', sites: ['https://meduza.io'], feeds: ['https://meduza.io/rss/en/all'], country: 'LVA' },
  { name: 'Balkan Insight', sites: ['https://balkaninsight.com'], feeds: ['https://balkaninsight.com/feed/'], country: 'SRB' },
  { name: 'Radio Free Europe/Radio Liberty', sites: ['https://www.rferl.org'], feeds: ['https://www.rferl.org/api/zbqiml-vomx-tpeqkmy'], country: 'CZE', owner: 'U.S. Agency for Global Media' },
  { name: 'RT', sites: ['https://www.rt.com'], feeds: ['https://www.rt.com/rss/news/'], country: 'RUS', owner: 'Russian Ministry of Foreign Affairs', stateControlled: true },

  // Middle East
  { name: 'Al Jazeera English', sites: ['https://www.aljazeera.com'], feeds: ['https://www.aljazeera.com/xml/rss/all.xml'], country: 'QAT', owner: 'Qatar Media Corporation', defaultSelected: true },
  { name: 'The Times of Israel', sites: ['https://www.timesofisrael.com'], feeds: ['https://www.timesofisrael.com/feed/'], country: 'ISR', owner: 'David Horovitz', defaultSelected: true },
  { name: 'Arab News', sites: ['https://www.arabnews.com'], feeds: ['https://www.arabnews.com/cat/1/rss.xml'], country: 'SAU', owner: 'Saudi Research and Media Group' },
  { name: 'Al-Monitor', sites: ['https://www.al-monitor.com'], feeds: ['https://www.al-monitor.com/rss'], country: 'USA', owner: 'Jamal Daniel' },
  { name: 'Anadolu Agency', sites: ['https://www.aa.com.tr'], feeds: ['https://www.aa.com.tr/en/rss/default?cat=live'], country: 'TUR', stateControlled: true },
  { name: 'Press TV', sites: ['https://www.presstv.ir'], feeds: ['https://www.presstv.ir/rss/rss-101.xml'], country: 'IRN', stateControlled: true },

  // Asia
  { name: 'South China Morning Post', sites: ['https://www.scmp.com'], feeds: ['https://www.scmp.com/rss/91/feed', 'https://www.scmp.com/rss/5/feed'], country: 'HKG', owner: 'Alibaba Group', defaultSelected: true },
  { name: 'The Straits Times', sites: ['https://www.straitstimes.com'], feeds: ['https://www.straitstimes.com/news/world/rss.xml', 'https://www.straitstimes.com/news/asia/rss.xml'], country: 'SGP', owner: 'SPH Media Trust', defaultSelected: true },
  { name: 'The Hindu', sites: ['https://www.thehindu.com'], feeds: ['https://www.thehindu.com/news/national/feeder/default.rss', 'https://www.thehindu.com/news/international/feeder/default.rss'], country: 'IND', owner: 'Kasturi & Sons Limited', defaultSelected: true },
  { name: 'The Japan Times', sites: ['https://www.japantimes.co.jp'], feeds: ['https://www.japantimes.co.jp/feed/topstories/'], country: 'JPN', defaultSelected: true },
  { name: 'Dawn', sites: ['https://www.dawn.com'], feeds: ['https://www.dawn.com/feeds/home', 'https://www.dawn.com/feeds/world/'], country: 'PAK', owner: 'Haroon-Saigol family' },
  { name: 'NDTV', sites: ['https://www.ndtv.com'], feeds: ['https://feeds.feedburner.com/ndtvnews-top-stories', 'https://feeds.feedburner.com/ndtvnews-india-news'], country: 'IND', owner: 'Adani Enterprises' },
  { name: 'Hindustan Times', sites: ['https://www.hindustantimes.com'], feeds: ['https://www.hindustantimes.com/feeds/rss/india-news/rssfeed.xml'], country: 'IND' },
  { name: 'Japan Today', sites: ['https://japantoday.com'], feeds: ['https://japantoday.com/feed'], country: 'JPN', owner: 'Fuji Media Holdings' },
  { name: 'The Korea Herald', sites: ['https://www.koreaherald.com'], feeds: ['https://www.koreaherald.com/rss/newsAll'], country: 'KOR' },
  { name: 'CNA', sites: ['https://www.channelnewsasia.com'], feeds: ['https://www.channelnewsasia.com/api/v1/rss-outbound-feed?_format=xml&category=6511'], country: 'SGP', owner: 'Mediacorp' },
  { name: 'Rappler', sites: ['https://www.rappler.com'], feeds: ['https://www.rappler.com/feed/'], country: 'PHL' },
  { name: 'Philippine Daily Inquirer', sites: ['https://www.inquirer.net'], feeds: ['https://www.inquirer.net/fullfeed'], country: 'PHL' },
  { name: 'Bangkok Post', sites: ['https://www.bangkokpost.com'], feeds: ['https://www.bangkokpost.com/rss/data/topstories.xml'], country: 'THA' },
  { name: 'Taipei Times', sites: ['https://www.taipeitimes.com'], feeds: ['https://www.taipeitimes.com/xml/index.rss'], country: 'TWN' },
  { name: 'The Daily Star', sites: ['https://www.thedailystar.net'], feeds: ['https://www.thedailystar.net/frontpage/rss.xml'], country: 'BGD' },
  { name: 'Hong Kong Free Press', sites: ['https://hongkongfp.com'], feeds: ['https://hongkongfp.com/feed/'], country: 'HKG' },
  { name: 'CGTN', sites: ['https://www.cgtn.com'], feeds: ['https://www.cgtn.com/subscribe/rss/section/china.xml'], country: 'CHN', stateControlled: true },
  { name: 'China Daily', sites: ['https://www.chinadaily.com.cn'], feeds: ['https://www.chinadaily.com.cn/rss/china_rss.xml'], country: 'CHN', stateControlled: true },

  // Africa
  { name: 'Premium Times', sites: ['https://www.premiumtimesng.com'], feeds: ['https://www.premiumtimesng.com/feed'], country: 'NGA', defaultSelected: true },
  { name: 'Daily Maverick', sites: ['https://www.dailymaverick.co.za'], feeds: ['https://www.dailymaverick.co.za/dmrss/'], country: 'ZAF', defaultSelected: true },
  { name: 'Nation', sites: ['https://nation.africa'], feeds: ['https://nation.africa/kenya/rss.xml', 'https://nation.africa/africa/rss.xml'], country: 'KEN', defaultSelected: true },
  { name: 'Punch', sites: ['https://punchng.com'], feeds: ['https://punchng.com/feed/'], country: 'NGA' },
  { name: 'Vanguard', sites: ['https://www.vanguardngr.com'], feeds: ['https://www.vanguardngr.com/feed'], country: 'NGA' },
  { name: 'The Guardian Nigeria', sites: ['https://guardian.ng'], feeds: ['https://guardian.ng/feed/'], country: 'NGA' },
  { name: 'News24', sites: ['https://www.news24.com'], feeds: ['https://feeds.news24.com/articles/news24/SouthAfrica/rss', 'https://feeds.24.com/articles/news24/topstories/rss'], country: 'ZAF' },
  { name: 'Mail & Guardian', sites: ['https://mg.co.za'], feeds: ['https://mg.co.za/feed'], country: 'ZAF' },
  { name: 'SABC News', sites: ['https://www.sabcnews.com'], feeds: ['https://www.sabcnews.com/sabcnews/south-africa/feed', 'https://www.sabcnews.com/sabcnews/africa/feed/'], country: 'ZAF' },
  { name: 'The Citizen (South Africa)', sites: ['https://www.citizen.co.za'], feeds: ['https://citizen.co.za/feed/'], country: 'ZAF' },
  { name: 'The Standard (Kenya)', sites: ['https://www.standardmedia.co.ke'], feeds: ['https://www.standardmedia.co.ke/rss/kenya.php'], country: 'KEN' },
  { name: 'The East African', sites: ['https://www.theeastafrican.co.ke'], feeds: ['https://www.theeastafrican.co.ke/rss.xml'], country: 'KEN' },
  { name: 'MyJoyOnline', sites: ['https://www.myjoyonline.com'], feeds: ['https://www.myjoyonline.com/news/feed'], country: 'GHA' },
  { name: 'The Citizen (Tanzania)', sites: ['https://www.thecitizen.co.tz'], feeds: ['https://www.thecitizen.co.tz/rss.xml'], country: 'TZA' },
  { name: 'Egypt Independent', sites: ['https://www.egyptindependent.com'], feeds: ['https://www.egyptindependent.com/feed/'], country: 'EGY', owner: 'Al-Masry Corporation' },
  { name: 'Africanews', sites: ['https://www.africanews.com'], feeds: ['https://www.africanews.com/feed/'], country: 'COG' },
  { name: 'AllAfrica', sites: ['https://allafrica.com'], feeds: ['https://allafrica.com/tools/headlines/rdf/latest/headlines.rdf'], country: 'ZAF' },

  // Latin America
  { name: 'MercoPress', sites: ['https://en.mercopress.com'], feeds: ['https://en.mercopress.com/rss/'], country: 'URY', defaultSelected: true },
  { name: 'Mexico News Daily', sites: ['https://mexiconewsdaily.com'], feeds: ['https://mexiconewsdaily.com/feed/'], country: 'MEX', defaultSelected: true },
  { name: 'Buenos Aires Times', sites: ['https://www.batimes.com.ar'], feeds: ['https://www.batimes.com.ar/feed'], country: 'ARG' },
  { name: 'Buenos Aires Herald', sites: ['https://buenosairesherald.com'], feeds: ['https://buenosairesherald.com/feed'], country: 'ARG' },
  { name: 'The Rio Times', sites: ['https://www.riotimesonline.com'], feeds: ['https://riotimesonline.com/feed/'], country: 'BRA' },
  { name: 'Colombia Reports', sites: ['https://colombiareports.com'], feeds: ['https://colombiareports.com/feed/'], country: 'COL' },
  { name: 'The Tico Times', sites: ['https://ticotimes.net'], feeds: ['https://ticotimes.net/feed'], country: 'CRI' },

  // Canada and Oceania
  { name: 'CBC News', sites: ['https://www.cbc.ca'], feeds: ['https://www.cbc.ca/cmlink/rss-topstories'], country: 'CAN' },
  { name: 'The Globe and Mail', sites: ['https://www.theglobeandmail.com'], feeds: ['https://www.theglobeandmail.com/arc/outboundfeeds/rss/category/world/', 'https://www.theglobeandmail.com/arc/outboundfeeds/rss/category/canada/'], country: 'CAN', owner: 'Thomson family' },
  { name: 'ABC News (Australia)', sites: ['https://www.abc.net.au'], feeds: ['https://www.abc.net.au/news/feed/45910/rss.xml', 'https://www.abc.net.au/news/feed/46182/rss.xml'], country: 'AUS', owner: 'Australian Government' },
  { name: 'The Sydney Morning Herald', sites: ['https://www.smh.com.au'], feeds: ['https://www.smh.com.au/rss/feed.xml'], country: 'AUS', owner: 'Nine Entertainment' },
];

/** media_data.json typologies, as the catalogue's ownership types. */
const OWNERSHIP_OF_TYPOLOGY: Record<string, OwnershipType> = {
  'Private Media': 'private',
  'Private Enterprise': 'private',
  'Private Independent Media': 'private',
  'Independent Media': 'private',
  'Print Media': 'private',
  'Non-Profit': 'non-profit',
  'Public Media': 'public broadcaster',
  'Public Broadcaster': 'public broadcaster',
  'Public agency (statutory, editorially independent)': 'public broadcaster',
  'State Funded Media': 'state-funded',
  'State Media / Digital': 'state-funded',
};

interface MediaFacts {
  organization: string;
  domains: string[];
  typology: string;
}

interface Catalogues {
  /** Every feed address any catalogue lists, with the catalogues listing it. */
  feeds: Map<string, Set<CatalogueSource>>;
  media: MediaFacts[];
}

const normalised = (url: string) => new URL(url).href;

function readCatalogues(dir: string): Catalogues {
  const feeds = new Map<string, Set<CatalogueSource>>();
  const add = (url: string, source: CatalogueSource) => {
    let href: string;
    try {
      href = normalised(url);
    } catch {
      return; // a catalogue's typo is no feed anyone can pick
    }
    feeds.set(href, (feeds.get(href) ?? new Set()).add(source));
  };
  const kite = join(dir, 'kite-public');
  // core_feeds.py is a Python dict of lists of quoted URLs.
  for (const [, url] of readFileSync(join(kite, 'core_feeds.py'), 'utf8').matchAll(/"(https?:\/\/[^"]+)"/g)) add(url, 'kite-public');
  const kiteFeeds = JSON.parse(readFileSync(join(kite, 'kite_feeds.json'), 'utf8')) as Record<string, { feeds: string[] }>;
  for (const category of Object.values(kiteFeeds)) for (const url of category.feeds) add(url, 'kite-public');
  const awesome = join(dir, 'awesome-rss-feeds');
  const opmlFiles = [...readdirSync(join(awesome, 'countries')).map((f) => join(awesome, 'countries', f)), join(awesome, 'News.opml')];
  for (const file of opmlFiles.filter((f) => f.endsWith('.opml')).sort()) {
    for (const feed of parseOpml(readFileSync(file, 'utf8')).feeds) add(feed.url, 'awesome-rss-feeds');
  }
  const countries = join(dir, 'news-feed-list-of-countries');
  for (const file of ['news-feed-list-of-countries.json', 'active-feeds-auto-generated.json']) {
    const byCountry = JSON.parse(readFileSync(join(countries, file), 'utf8')) as Record<string, { publication_rss_feed_uri: string }[]>;
    for (const list of Object.values(byCountry)) for (const entry of list) add(entry.publication_rss_feed_uri, 'news-feed-list-of-countries');
  }
  const media = JSON.parse(readFileSync(join(kite, 'media_data.json'), 'utf8')) as MediaFacts[];
  return { feeds, media };
}

const hostOf = (url: string) => new URL(url).hostname;
const coversHost = (domain: string, host: string) => host === domain || host.endsWith(`.${domain}`);

/**
 * The media_data entry whose domain matches the outlet's sites most narrowly. Feed hosts count only
 * under a site's domain (feeds.npr.org picks NPR over npr.org's entry; feedburner.com is Google's).
 */
function mediaFactsFor(pick: Pick, media: MediaFacts[]): MediaFacts | undefined {
  const siteHosts = pick.sites.map((site) => hostOf(site).replace(/^www\./, ''));
  const ownFeedHosts = pick.feeds.map(hostOf).filter((host) => siteHosts.some((site) => coversHost(site, host)));
  const hosts = [...siteHosts, ...ownFeedHosts];
  let best: { entry: MediaFacts; length: number } | undefined;
  for (const entry of media) {
    for (const domain of entry.domains) {
      if (hosts.some((host) => coversHost(domain, host)) && domain.length > (best?.length ?? 0)) best = { entry, length: domain.length };
    }
  }
  return best?.entry;
}

const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function outletOf(pick: Pick, catalogues: Catalogues): Outlet {
  const sources = new Set<CatalogueSource>();
  for (const feed of pick.feeds) {
    const listedBy = catalogues.feeds.get(normalised(feed));
    if (!feed.startsWith('https://') || !listedBy) throw new Error(`${pick.name}: ${feed} is not an https feed of the catalogues`);
    // The same feed listed as http elsewhere is the same fact, from that catalogue too.
    const httpVariant = catalogues.feeds.get(normalised(feed.replace(/^https:/, 'http:')));
    for (const source of [...listedBy, ...(httpVariant ?? [])]) sources.add(source);
  }
  const facts = mediaFactsFor(pick, catalogues.media);
  if (facts) sources.add('kite-public');
  if (pick.owner && !facts) throw new Error(`${pick.name}: an owner is given but media_data.json has no entry for it`);
  const ownershipType = facts ? OWNERSHIP_OF_TYPOLOGY[facts.typology] : undefined;
  if (facts && !ownershipType) throw new Error(`${pick.name}: unknown typology "${facts.typology}"`);
  for (const site of pick.sites) {
    const host = hostOf(site).replace(/^www\./, '');
    const known = facts?.domains.some((d) => coversHost(d, host) || coversHost(host, d)) || pick.feeds.some((f) => coversHost(host, hostOf(f)));
    if (new URL(site).origin !== site || !site.startsWith('https://')) throw new Error(`${pick.name}: ${site} is not an https origin`);
    if (!known) console.warn(`${pick.name}: ${site} shares no domain with its feeds or media_data.json`);
  }
  return {
    id: slug(pick.name),
    name: pick.name,
    country: pick.country,
    language: 'en',
    sites: pick.sites,
    feeds: pick.feeds.map(normalised),
    ...(pick.owner ? { owner: pick.owner } : {}),
    ...(ownershipType ? { ownershipType } : {}),
    ...(pick.stateControlled ? { stateControlled: true } : {}),
    defaultSelected: pick.defaultSelected ?? false,
    sources: [...sources].sort(),
  };
}

function main(dir: string): void {
  const catalogues = readCatalogues(dir);
  // Parsing with the catalogue's own schema checks what the extension will load.
  const outlets = outletList.parse(PICKS.map((pick) => outletOf(pick, catalogues)));
  const out = join(import.meta.dirname, '../../core/outlets/outlets.json');
  writeFileSync(out, `${JSON.stringify(outlets, null, 2)}\n`);
  console.log(`${outlets.length} outlets (${outlets.filter((o) => o.defaultSelected).length} selected by default) → ${out}`);
}

main(process.argv[2] ?? join(import.meta.dirname, '../../../../shared/data/catalogues'));
