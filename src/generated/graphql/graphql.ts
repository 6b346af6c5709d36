/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A point in time as an ISO 8601 string in UTC, e.g. `2026-11-22T10:00:00.000Z`. */
  DateTime: { input: string; output: string; }
};

/** The `extensions.code` of every error this gateway returns. Clients switch on it; messages are for people. `extensions` may also carry `upstream`, `httpStatus`, `retryable` and `retryAfter` (seconds). */
export type ErrorCode =
  /** The operation uses more aliases than allowed. */
  | 'ALIAS_LIMIT_EXCEEDED'
  /** The upstream rejected seograph's credentials (key missing, unknown or disabled; SERPmetrics signature or timestamp). Not retryable. */
  | 'AUTHENTICATION_FAILED'
  /** The upstream rejected a request seograph built as malformed. Not retryable; report it. */
  | 'BAD_REQUEST'
  /** An argument or variable is invalid; nothing was sent upstream. Fix the input. */
  | 'BAD_USER_INPUT'
  /** Several operations in one HTTP request (batching) are not accepted. */
  | 'BATCHING_DISABLED'
  /** A SERPmetrics priority or delayed check failed for good. Re-queueing is a new paid request. */
  | 'CHECK_FAILED'
  /** The operation's computed complexity exceeds the limit. */
  | 'COST_LIMIT_EXCEEDED'
  /** The operation's computed credit cost exceeds the client's budget; nothing was spent. */
  | 'CREDIT_BUDGET_EXCEEDED'
  /** The request lacks the header that proves it is not a cross-site request forgery. */
  | 'CSRF_REJECTED'
  /** The operation is nested deeper than allowed. */
  | 'DEPTH_LIMIT_EXCEEDED'
  /** The operation uses more directives than allowed. */
  | 'DIRECTIVE_LIMIT_EXCEEDED'
  /** A selection repeats the same field more times than allowed. */
  | 'DUPLICATE_FIELD_LIMIT_EXCEEDED'
  /** The upstream account has no access to this resource. Not retryable. */
  | 'FORBIDDEN'
  /** The document is not valid GraphQL syntax. */
  | 'GRAPHQL_PARSE_FAILED'
  /** The document does not validate against the schema. */
  | 'GRAPHQL_VALIDATION_FAILED'
  /** The SE Ranking credit balance is too low for this request. Not retryable. */
  | 'INSUFFICIENT_FUNDS'
  /** Unexpected gateway failure; details are logged, never returned. Retry may help. */
  | 'INTERNAL_SERVER_ERROR'
  /** The domain is not a valid hostname. Not retryable. */
  | 'INVALID_DOMAIN'
  /** The search engine code is unknown (see `engines`). Not retryable. */
  | 'INVALID_ENGINE'
  /** A keyword is empty, too long or malformed. Not retryable. */
  | 'INVALID_KEYWORDS'
  /** An argument is out of range or not allowed (enum, bounds, sort, mode). Not retryable. */
  | 'INVALID_PARAMETER'
  /** The regional database is unknown or not served by this field. Not retryable. */
  | 'INVALID_SOURCE'
  /** A backlinks target is not a valid domain, host or URL. Not retryable. */
  | 'INVALID_TARGET'
  /** The SE Ranking licence or subscription has expired. Not retryable. */
  | 'LICENSE_EXPIRED'
  /** The HTTP method is not allowed for this operation (e.g. a mutation over GET). */
  | 'METHOD_NOT_ALLOWED'
  /** The upstream does not know this resource (e.g. an untracked keyword pair). Not retryable. */
  | 'NOT_FOUND'
  /** The upstream account is past its payment grace period. Not retryable. */
  | 'PAYMENT_REQUIRED'
  /** The data is not ready yet (a check still in the queue). Retry later; this is not a failure. */
  | 'PENDING'
  /** The persisted (trusted) document id is unknown, or arbitrary documents are refused. */
  | 'PERSISTED_QUERY_NOT_FOUND'
  /** The client exceeded its gateway rate limit. Retry after `retryAfter` seconds. */
  | 'RATE_LIMITED'
  /** The request body is larger than allowed. */
  | 'REQUEST_TOO_LARGE'
  /** The requested number of rows is above the maximum of this field. Not retryable. */
  | 'ROW_LIMIT_EXCEEDED'
  /** The target is too large for the SE Ranking backlinks API; the answer is remembered for a while. Not retryable. */
  | 'TARGET_TOO_LARGE'
  /** The document has more tokens than allowed. */
  | 'TOKEN_LIMIT_EXCEEDED'
  /** More SERPmetrics checks (keywords × engines) in one request than allowed. Not retryable. */
  | 'TOO_MANY_CHECKS'
  /** More keywords in one request than allowed. Not retryable: send fewer. */
  | 'TOO_MANY_KEYWORDS'
  /** More targets in one request than allowed. Not retryable: send fewer. */
  | 'TOO_MANY_TARGETS'
  /** A gateway API key is required and was missing or wrong. */
  | 'UNAUTHENTICATED'
  /** The upstream sent a response seograph could not read. Not retryable; report it. */
  | 'UPSTREAM_BAD_RESPONSE'
  /** The upstream failed unexpectedly. Retryable for reads. */
  | 'UPSTREAM_ERROR'
  /** The upstream's rate limit was reached. Retry after `retryAfter` seconds. */
  | 'UPSTREAM_RATE_LIMITED'
  /** The upstream did not answer within the deadline. Retryable for reads. */
  | 'UPSTREAM_TIMEOUT'
  /** The upstream is unavailable (5xx, maintenance, connection refused, circuit open). Retry after `retryAfter`. */
  | 'UPSTREAM_UNAVAILABLE'
  /** SERPmetrics failed to record a write and asks for a retry. Retryable. */
  | 'UPSTREAM_WRITE_FAILED';

/** A search term in one SE Ranking regional database, with its metrics and keyword ideas. */
export type Keyword = {
  __typename?: 'Keyword';
  /** The regional database the metrics come from. */
  database: RegionalDatabase;
  /** The keyword as asked for (trimmed). */
  text: Scalars['String']['output'];
};

/** Read the SEO graph: backlinks and keywords (SE Ranking), rankings and SERPs (SERPmetrics). */
export type Query = {
  __typename?: 'Query';
  /** True when this gateway answers from its built-in sandbox (deterministic emulators of both APIs, no credits spent) instead of the real SE Ranking and SERPmetrics APIs. */
  sandbox: Scalars['Boolean']['output'];
};

/** An SE Ranking regional database (the `source` of keyword and domain data), named by its ISO 3166-1 alpha-2 code, except `UK` (not `GB`) for the United Kingdom. `WORLDWIDE` is accepted only where a field says so. */
export type RegionalDatabase =
  /** United Arab Emirates (upstream code `ae`). */
  | 'AE'
  /** Afghanistan (upstream code `af`). */
  | 'AF'
  /** Antigua and Barbuda (upstream code `ag`). */
  | 'AG'
  /** Anguilla (upstream code `ai`). */
  | 'AI'
  /** Albania (upstream code `al`). */
  | 'AL'
  /** Armenia (upstream code `am`). */
  | 'AM'
  /** Angola (upstream code `ao`). */
  | 'AO'
  /** Argentina (upstream code `ar`). */
  | 'AR'
  /** American Samoa (upstream code `as`). */
  | 'AS'
  /** Austria (upstream code `at`). */
  | 'AT'
  /** Australia (upstream code `au`). */
  | 'AU'
  /** Aruba (upstream code `aw`). */
  | 'AW'
  /** Azerbaijan (upstream code `az`). */
  | 'AZ'
  /** Bosnia and Herzegovina (upstream code `ba`). */
  | 'BA'
  /** Barbados (upstream code `bb`). */
  | 'BB'
  /** Bangladesh (upstream code `bd`). */
  | 'BD'
  /** Belgium (upstream code `be`). */
  | 'BE'
  /** Burkina Faso (upstream code `bf`). */
  | 'BF'
  /** Bulgaria (upstream code `bg`). */
  | 'BG'
  /** Bahrain (upstream code `bh`). */
  | 'BH'
  /** Burundi (upstream code `bi`). */
  | 'BI'
  /** Benin (upstream code `bj`). */
  | 'BJ'
  /** Brunei (upstream code `bn`). */
  | 'BN'
  /** Bolivia (upstream code `bo`). */
  | 'BO'
  /** Brazil (upstream code `br`). */
  | 'BR'
  /** Bahamas (upstream code `bs`). */
  | 'BS'
  /** Bhutan (upstream code `bt`). */
  | 'BT'
  /** Botswana (upstream code `bw`). */
  | 'BW'
  /** Belarus (upstream code `by`). */
  | 'BY'
  /** Belize (upstream code `bz`). */
  | 'BZ'
  /** Canada (upstream code `ca`). */
  | 'CA'
  /** Congo (Democratic Republic) (upstream code `cd`). */
  | 'CD'
  /** Central African Republic (upstream code `cf`). */
  | 'CF'
  /** Congo (Republic) (upstream code `cg`). */
  | 'CG'
  /** Switzerland (upstream code `ch`). */
  | 'CH'
  /** Côte d’Ivoire (upstream code `ci`). */
  | 'CI'
  /** Cook Islands (upstream code `ck`). */
  | 'CK'
  /** Chile (upstream code `cl`). */
  | 'CL'
  /** Cameroon (upstream code `cm`). */
  | 'CM'
  /** China (upstream code `cn`). */
  | 'CN'
  /** Colombia (upstream code `co`). */
  | 'CO'
  /** Costa Rica (upstream code `cr`). */
  | 'CR'
  /** Cuba (upstream code `cu`). */
  | 'CU'
  /** Cabo Verde (upstream code `cv`). */
  | 'CV'
  /** Cyprus (upstream code `cy`). */
  | 'CY'
  /** Czechia (upstream code `cz`). */
  | 'CZ'
  /** Germany (upstream code `de`). */
  | 'DE'
  /** Djibouti (upstream code `dj`). */
  | 'DJ'
  /** Denmark (upstream code `dk`). */
  | 'DK'
  /** Dominica (upstream code `dm`). */
  | 'DM'
  /** Dominican Republic (upstream code `do`). */
  | 'DO'
  /** Algeria (upstream code `dz`). */
  | 'DZ'
  /** Ecuador (upstream code `ec`). */
  | 'EC'
  /** Estonia (upstream code `ee`). */
  | 'EE'
  /** Egypt (upstream code `eg`). */
  | 'EG'
  /** Spain (upstream code `es`). */
  | 'ES'
  /** Ethiopia (upstream code `et`). */
  | 'ET'
  /** Finland (upstream code `fi`). */
  | 'FI'
  /** Fiji (upstream code `fj`). */
  | 'FJ'
  /** Micronesia (upstream code `fm`). */
  | 'FM'
  /** Faroe Islands (upstream code `fo`). */
  | 'FO'
  /** France (upstream code `fr`). */
  | 'FR'
  /** Gabon (upstream code `ga`). */
  | 'GA'
  /** Grenada (upstream code `gd`). */
  | 'GD'
  /** Georgia (upstream code `ge`). */
  | 'GE'
  /** French Guiana (upstream code `gf`). */
  | 'GF'
  /** Guernsey (upstream code `gg`). */
  | 'GG'
  /** Ghana (upstream code `gh`). */
  | 'GH'
  /** Gibraltar (upstream code `gi`). */
  | 'GI'
  /** Greenland (upstream code `gl`). */
  | 'GL'
  /** Gambia (upstream code `gm`). */
  | 'GM'
  /** Guinea (upstream code `gn`). */
  | 'GN'
  /** Guadeloupe (upstream code `gp`). */
  | 'GP'
  /** Equatorial Guinea (upstream code `gq`). */
  | 'GQ'
  /** Greece (upstream code `gr`). */
  | 'GR'
  /** Guatemala (upstream code `gt`). */
  | 'GT'
  /** Guam (upstream code `gu`). */
  | 'GU'
  /** Guyana (upstream code `gy`). */
  | 'GY'
  /** Hong Kong (upstream code `hk`). */
  | 'HK'
  /** Honduras (upstream code `hn`). */
  | 'HN'
  /** Croatia (upstream code `hr`). */
  | 'HR'
  /** Haiti (upstream code `ht`). */
  | 'HT'
  /** Hungary (upstream code `hu`). */
  | 'HU'
  /** Indonesia (upstream code `id`). */
  | 'ID'
  /** Ireland (upstream code `ie`). */
  | 'IE'
  /** Israel (upstream code `il`). */
  | 'IL'
  /** Isle of Man (upstream code `im`). */
  | 'IM'
  /** India (upstream code `in`). */
  | 'IN'
  /** Iraq (upstream code `iq`). */
  | 'IQ'
  /** Iceland (upstream code `is`). */
  | 'IS'
  /** Italy (upstream code `it`). */
  | 'IT'
  /** Jersey (upstream code `je`). */
  | 'JE'
  /** Jamaica (upstream code `jm`). */
  | 'JM'
  /** Jordan (upstream code `jo`). */
  | 'JO'
  /** Japan (upstream code `jp`). */
  | 'JP'
  /** Kenya (upstream code `ke`). */
  | 'KE'
  /** Kyrgyzstan (upstream code `kg`). */
  | 'KG'
  /** Cambodia (upstream code `kh`). */
  | 'KH'
  /** Kiribati (upstream code `ki`). */
  | 'KI'
  /** Saint Kitts and Nevis (upstream code `kn`). */
  | 'KN'
  /** South Korea (upstream code `kr`). */
  | 'KR'
  /** Kuwait (upstream code `kw`). */
  | 'KW'
  /** Cayman Islands (upstream code `ky`). */
  | 'KY'
  /** Kazakhstan (upstream code `kz`). */
  | 'KZ'
  /** Laos (upstream code `la`). */
  | 'LA'
  /** Lebanon (upstream code `lb`). */
  | 'LB'
  /** Saint Lucia (upstream code `lc`). */
  | 'LC'
  /** Liechtenstein (upstream code `li`). */
  | 'LI'
  /** Sri Lanka (upstream code `lk`). */
  | 'LK'
  /** Lesotho (upstream code `ls`). */
  | 'LS'
  /** Lithuania (upstream code `lt`). */
  | 'LT'
  /** Luxembourg (upstream code `lu`). */
  | 'LU'
  /** Latvia (upstream code `lv`). */
  | 'LV'
  /** Libya (upstream code `ly`). */
  | 'LY'
  /** Morocco (upstream code `ma`). */
  | 'MA'
  /** Monaco (upstream code `mc`). */
  | 'MC'
  /** Moldova (upstream code `md`). */
  | 'MD'
  /** Montenegro (upstream code `me`). */
  | 'ME'
  /** Madagascar (upstream code `mg`). */
  | 'MG'
  /** North Macedonia (upstream code `mk`). */
  | 'MK'
  /** Mali (upstream code `ml`). */
  | 'ML'
  /** Myanmar (upstream code `mm`). */
  | 'MM'
  /** Mongolia (upstream code `mn`). */
  | 'MN'
  /** Martinique (upstream code `mq`). */
  | 'MQ'
  /** Mauritania (upstream code `mr`). */
  | 'MR'
  /** Montserrat (upstream code `ms`). */
  | 'MS'
  /** Malta (upstream code `mt`). */
  | 'MT'
  /** Mauritius (upstream code `mu`). */
  | 'MU'
  /** Maldives (upstream code `mv`). */
  | 'MV'
  /** Malawi (upstream code `mw`). */
  | 'MW'
  /** Mexico (upstream code `mx`). */
  | 'MX'
  /** Malaysia (upstream code `my`). */
  | 'MY'
  /** Mozambique (upstream code `mz`). */
  | 'MZ'
  /** Namibia (upstream code `na`). */
  | 'NA'
  /** New Caledonia (upstream code `nc`). */
  | 'NC'
  /** Niger (upstream code `ne`). */
  | 'NE'
  /** Nigeria (upstream code `ng`). */
  | 'NG'
  /** Nicaragua (upstream code `ni`). */
  | 'NI'
  /** Netherlands (upstream code `nl`). */
  | 'NL'
  /** Norway (upstream code `no`). */
  | 'NO'
  /** Nepal (upstream code `np`). */
  | 'NP'
  /** Nauru (upstream code `nr`). */
  | 'NR'
  /** Niue (upstream code `nu`). */
  | 'NU'
  /** New Zealand (upstream code `nz`). */
  | 'NZ'
  /** Oman (upstream code `om`). */
  | 'OM'
  /** Panama (upstream code `pa`). */
  | 'PA'
  /** Peru (upstream code `pe`). */
  | 'PE'
  /** French Polynesia (upstream code `pf`). */
  | 'PF'
  /** Papua New Guinea (upstream code `pg`). */
  | 'PG'
  /** Philippines (upstream code `ph`). */
  | 'PH'
  /** Pakistan (upstream code `pk`). */
  | 'PK'
  /** Poland (upstream code `pl`). */
  | 'PL'
  /** Pitcairn Islands (upstream code `pn`). */
  | 'PN'
  /** Puerto Rico (upstream code `pr`). */
  | 'PR'
  /** State of Palestine (upstream code `ps`). */
  | 'PS'
  /** Portugal (upstream code `pt`). */
  | 'PT'
  /** Paraguay (upstream code `py`). */
  | 'PY'
  /** Qatar (upstream code `qa`). */
  | 'QA'
  /** Réunion (upstream code `re`). */
  | 'RE'
  /** Romania (upstream code `ro`). */
  | 'RO'
  /** Serbia (upstream code `rs`). */
  | 'RS'
  /** Russia (upstream code `ru`). */
  | 'RU'
  /** Rwanda (upstream code `rw`). */
  | 'RW'
  /** Saudi Arabia (upstream code `sa`). */
  | 'SA'
  /** Solomon Islands (upstream code `sb`). */
  | 'SB'
  /** Seychelles (upstream code `sc`). */
  | 'SC'
  /** Sweden (upstream code `se`). */
  | 'SE'
  /** Singapore (upstream code `sg`). */
  | 'SG'
  /** Saint Helena (upstream code `sh`). */
  | 'SH'
  /** Slovenia (upstream code `si`). */
  | 'SI'
  /** Slovakia (upstream code `sk`). */
  | 'SK'
  /** Sierra Leone (upstream code `sl`). */
  | 'SL'
  /** San Marino (upstream code `sm`). */
  | 'SM'
  /** Senegal (upstream code `sn`). */
  | 'SN'
  /** Somalia (upstream code `so`). */
  | 'SO'
  /** Suriname (upstream code `sr`). */
  | 'SR'
  /** São Tomé and Príncipe (upstream code `st`). */
  | 'ST'
  /** El Salvador (upstream code `sv`). */
  | 'SV'
  /** Chad (upstream code `td`). */
  | 'TD'
  /** Togo (upstream code `tg`). */
  | 'TG'
  /** Thailand (upstream code `th`). */
  | 'TH'
  /** Tajikistan (upstream code `tj`). */
  | 'TJ'
  /** Tokelau (upstream code `tk`). */
  | 'TK'
  /** Timor-Leste (upstream code `tl`). */
  | 'TL'
  /** Turkmenistan (upstream code `tm`). */
  | 'TM'
  /** Tunisia (upstream code `tn`). */
  | 'TN'
  /** Tonga (upstream code `to`). */
  | 'TO'
  /** Türkiye (upstream code `tr`). */
  | 'TR'
  /** Trinidad and Tobago (upstream code `tt`). */
  | 'TT'
  /** Taiwan (upstream code `tw`). */
  | 'TW'
  /** Tanzania (upstream code `tz`). */
  | 'TZ'
  /** Ukraine (upstream code `ua`). */
  | 'UA'
  /** Uganda (upstream code `ug`). */
  | 'UG'
  /** United Kingdom (upstream code `uk`). */
  | 'UK'
  /** United States (upstream code `us`). */
  | 'US'
  /** Uruguay (upstream code `uy`). */
  | 'UY'
  /** Uzbekistan (upstream code `uz`). */
  | 'UZ'
  /** Saint Vincent and the Grenadines (upstream code `vc`). */
  | 'VC'
  /** Venezuela (upstream code `ve`). */
  | 'VE'
  /** British Virgin Islands (upstream code `vg`). */
  | 'VG'
  /** U.S. Virgin Islands (upstream code `vi`). */
  | 'VI'
  /** Vietnam (upstream code `vn`). */
  | 'VN'
  /** Vanuatu (upstream code `vu`). */
  | 'VU'
  /** All regional databases together (domain overviews only). */
  | 'WORLDWIDE'
  /** Samoa (upstream code `ws`). */
  | 'WS'
  /** Yemen (upstream code `ye`). */
  | 'YE'
  /** Mayotte (upstream code `yt`). */
  | 'YT'
  /** South Africa (upstream code `za`). */
  | 'ZA'
  /** Zambia (upstream code `zm`). */
  | 'ZM'
  /** Zimbabwe (upstream code `zw`). */
  | 'ZW';

/** A search-result feature shown on a SERP (snippets, packs, ads ...), as SE Ranking reports them in keyword data and accepts them as filters. */
export type SerpFeature =
  /** Accelerated Mobile Pages results (upstream code `amp`). */
  | 'AMP'
  /** Events app bar (upstream code `appbar_events`). */
  | 'APPBAR_EVENTS'
  /** Ads below the organic results (upstream code `bads`). */
  | 'BADS'
  /** Buying Guide (upstream code `buying_guide`). */
  | 'BUYING_GUIDE'
  /** Calculator (upstream code `calculator`). */
  | 'CALCULATOR'
  /** Carousel Results (upstream code `carousel_results`). */
  | 'CAROUSEL_RESULTS'
  /** Currency Converter (upstream code `currency_converter`). */
  | 'CURRENCY_CONVERTER'
  /** Datasets (upstream code `datasets`). */
  | 'DATASETS'
  /** Destination (upstream code `destination`). */
  | 'DESTINATION'
  /** Digital Complaints (upstream code `digital_complaints`). */
  | 'DIGITAL_COMPLAINTS'
  /** Discussions And Forums (upstream code `discussions_and_forums`). */
  | 'DISCUSSIONS_AND_FORUMS'
  /** Events (upstream code `events`). */
  | 'EVENTS'
  /** Faq (upstream code `faq`). */
  | 'FAQ'
  /** Featured Snippets (upstream code `featured_snippets`). */
  | 'FEATURED_SNIPPETS'
  /** Find Results On (upstream code `find_results_on`). */
  | 'FIND_RESULTS_ON'
  /** Flights (upstream code `flights`). */
  | 'FLIGHTS'
  /** Google Business Profile panel (upstream code `gmb`). */
  | 'GMB'
  /** Hotel Pack (upstream code `hotel_pack`). */
  | 'HOTEL_PACK'
  /** Images (upstream code `images`). */
  | 'IMAGES'
  /** Image In Block (upstream code `image_in_block`). */
  | 'IMAGE_IN_BLOCK'
  /** Jobs (upstream code `jobs`). */
  | 'JOBS'
  /** Knowledge Card (upstream code `knowledge_card`). */
  | 'KNOWLEDGE_CARD'
  /** Knowledge Graph (upstream code `knowledge_graph`). */
  | 'KNOWLEDGE_GRAPH'
  /** Local Pack (upstream code `local_pack`). */
  | 'LOCAL_PACK'
  /** Location (upstream code `location`). */
  | 'LOCATION'
  /** Ads between the organic results (upstream code `mads`). */
  | 'MADS'
  /** Maps (upstream code `maps`). */
  | 'MAPS'
  /** Marketplace (upstream code `marketplace`). */
  | 'MARKETPLACE'
  /** Math Solve Block (upstream code `math_solve_block`). */
  | 'MATH_SOLVE_BLOCK'
  /** No SERP feature: plain organic results only (upstream code `no`). */
  | 'NO'
  /** People Also Ask (upstream code `people_also_ask`). */
  | 'PEOPLE_ALSO_ASK'
  /** Places Sites Products (upstream code `places_sites_products`). */
  | 'PLACES_SITES_PRODUCTS'
  /** Podcasts (upstream code `podcasts`). */
  | 'PODCASTS'
  /** Popular Times (upstream code `popular_times`). */
  | 'POPULAR_TIMES'
  /** Questions (upstream code `questions`). */
  | 'QUESTIONS'
  /** Recipes (upstream code `recipes`). */
  | 'RECIPES'
  /** Refine By (upstream code `refine_by`). */
  | 'REFINE_BY'
  /** Related Searches (upstream code `related_searches`). */
  | 'RELATED_SEARCHES'
  /** Research (upstream code `research`). */
  | 'RESEARCH'
  /** Reviews (upstream code `reviews`). */
  | 'REVIEWS'
  /** Ads beside the organic results (upstream code `sads`). */
  | 'SADS'
  /** See Results About (upstream code `see_results_about`). */
  | 'SEE_RESULTS_ABOUT'
  /** AI-generated overview (Search Generative Experience) (upstream code `sge`). */
  | 'SGE'
  /** Shopping Results (upstream code `shopping_results`). */
  | 'SHOPPING_RESULTS'
  /** Shopping Results Main Block (upstream code `shopping_results_main_block`). */
  | 'SHOPPING_RESULTS_MAIN_BLOCK'
  /** Shopping Results Side (upstream code `shopping_results_side`). */
  | 'SHOPPING_RESULTS_SIDE'
  /** Shopping Results Top (upstream code `shopping_results_top`). */
  | 'SHOPPING_RESULTS_TOP'
  /** Sitelinks (upstream code `sitelinks`). */
  | 'SITELINKS'
  /** Sports App (upstream code `sports_app`). */
  | 'SPORTS_APP'
  /** Stocks Block (upstream code `stocks_block`). */
  | 'STOCKS_BLOCK'
  /** Ads above the organic results (upstream code `tads`). */
  | 'TADS'
  /** Things To Do (upstream code `things_to_do`). */
  | 'THINGS_TO_DO'
  /** Top Stories (upstream code `top_stories`). */
  | 'TOP_STORIES'
  /** Trip Cards (upstream code `trip_cards`). */
  | 'TRIP_CARDS'
  /** Twitter (upstream code `twitter`). */
  | 'TWITTER'
  /** Units Converter (upstream code `units_converter`). */
  | 'UNITS_CONVERTER'
  /** Video (upstream code `video`). */
  | 'VIDEO'
  /** Videos Block (upstream code `videos_block`). */
  | 'VIDEOS_BLOCK';

/** A backlinks target as SE Ranking sees it: a domain, a host or one page URL, with its backlink profile and authority. */
export type Target = {
  __typename?: 'Target';
  /** How the target is interpreted: one host, a whole domain, or one URL. */
  mode: TargetMode;
  /** The domain, host or URL, as validated (hosts lowercased). */
  target: Scalars['String']['output'];
};

/** How a backlinks target is interpreted. */
export type TargetMode =
  /** The registrable domain with all its subdomains (`example.com`, `*.example.com`). */
  | 'DOMAIN'
  /** The exact host (`blog.example.com` without other subdomains). */
  | 'HOST'
  /** One exact page URL. */
  | 'URL';

export type GatewayModeQueryVariables = Exact<{ [key: string]: never; }>;


export type GatewayModeQuery = { __typename?: 'Query', sandbox: boolean };


export const GatewayModeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GatewayMode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sandbox"}}]}}]} as unknown as DocumentNode<GatewayModeQuery, GatewayModeQueryVariables>;