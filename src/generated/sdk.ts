/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };

import type { DocumentNode } from 'graphql';
import type { GraphQLClient, RequestOptions } from 'graphql-request';

type GraphQLClientRequestHeaders = RequestOptions['requestHeaders'];
/** Whether a backlink appeared or disappeared. */
export type BacklinkChangeType =
  /** The link is gone (removed, page gone, crawl error ...). */
  | 'LOST'
  /** The link was found for the first time. */
  | 'NEW';

/** How the referring page points at the destination. */
export type BacklinkKind =
  /** A `rel=canonical` pointing at the destination. */
  | 'CANONICAL'
  /** An ordinary hyperlink (`<a href>`), text or image. */
  | 'LINK'
  /** An HTTP or meta redirect to the destination. */
  | 'REDIRECT';

/** The SERPmetrics queue a check ran in. */
export type CheckQueue =
  /** The daily re-check of a tracked keyword pair (1 credit per pair). */
  | 'DAILY'
  /** A one-off cheap check, usually within a day (1 credit per pair). */
  | 'DELAYED'
  /** A one-off fast check, minutes (6 credits per pair). */
  | 'PRIORITY';

/** Where a one-off check request stands. */
export type CheckState =
  /** The check ran; its SERP is available. */
  | 'DONE'
  /** The check failed for good; nothing was charged. */
  | 'FAILED'
  /** Queued or being retried upstream; ask again later. */
  | 'PENDING';

/** The device a keyword pair is checked as (part of a tracked keyword’s identity). */
export type Device =
  /** Desktop search (the default). */
  | 'DESKTOP'
  /** Mobile search. */
  | 'MOBILE'
  /** Tablet search. */
  | 'TABLET';

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
  | 'UPSTREAM_WRITE_FAILED'
  /** A paid write may have reached the upstream before its answer was lost (connection dropped, timeout): credits may have been spent. Not retryable (a retry may pay twice); `extensions` name the pairs, the queue and where the result will appear if it was queued. */
  | 'WRITE_OUTCOME_UNKNOWN';

/** The granularity of an engine’s flux series. */
export type FluxPeriod =
  /** One point per day for the last 30 complete days. */
  | 'DAILY'
  /** One point per hour for the last 48 complete hours. */
  | 'HOURLY';

/** The queue of a one-off check request. */
export type OneOffQueue =
  /** A cheap, slow check (1 credit per pair, charged when data arrives). */
  | 'DELAYED'
  /** A fast check (6 credits per pair, charged when data arrives). */
  | 'PRIORITY';

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

/** What a searcher wants, as SE Ranking classifies keywords. */
export type SearchIntent =
  /** To compare before buying (upstream `C`). */
  | 'COMMERCIAL'
  /** To learn something (upstream `I`). */
  | 'INFORMATIONAL'
  /** Something nearby (upstream `L`). */
  | 'LOCAL'
  /** To reach a particular site or brand (upstream `N`). */
  | 'NAVIGATIONAL'
  /** To buy or do something now (upstream `T`). */
  | 'TRANSACTIONAL';

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

/** What kind of result occupies a SERP position. */
export type SerpResultType =
  /** An image pack. */
  | 'IMAGES'
  /** A local (map) pack. */
  | 'LOCAL'
  /** A news result. */
  | 'NEWS'
  /** A plain organic result. */
  | 'ORGANIC'
  /** Another universal result type (see `universalType`). */
  | 'OTHER'
  /** A video result. */
  | 'VIDEO';

/** How a backlinks target is interpreted. */
export type TargetMode =
  /** The registrable domain with all its subdomains (`example.com`, `*.example.com`). */
  | 'DOMAIN'
  /** The exact host (`blog.example.com` without other subdomains). */
  | 'HOST'
  /** One exact page URL. */
  | 'URL';

export type CompetitorStrengthQueryVariables = Exact<{
  keyword: string;
  engine: string;
  first: number;
}>;

export type CompetitorStrengthQuery = {
  serp: {
    keyword: string;
    checkedAt: string;
    results: Array<{
      position: number;
      url: string;
      host: string;
      target: { backlinkSummary: { domainInlinkRank: number | null; refDomains: number } | null } | null;
    }>;
  } | null;
};

export type CreditBalancesQueryVariables = Exact<{ [key: string]: never }>;

export type CreditBalancesQuery = {
  account: {
    seranking: { unitsLeft: number; unitsLimit: number } | null;
    serpmetrics: { serpCredits: number; balance: number } | null;
  } | null;
};

export type GatewayModeQueryVariables = Exact<{ [key: string]: never }>;

export type GatewayModeQuery = { sandbox: boolean };

export type TargetSummaryQueryVariables = Exact<{
  target: string;
  mode?: TargetMode | null | undefined;
}>;

export type TargetSummaryQuery = {
  target: { target: string; backlinkSummary: { backlinks: number; inlinkRank: number | null } | null } | null;
};

export type TargetListsQueryVariables = Exact<{
  target: string;
  limit?: number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;

export type TargetListsQuery = {
  target: {
    target: string;
    backlinks: Array<{ referringPage: string }> | null;
    history: Array<{ date: string }> | null;
  } | null;
};

export type KeywordVolumeQueryVariables = Exact<{
  text: string;
  database: RegionalDatabase;
}>;

export type KeywordVolumeQuery = { keyword: { text: string; volume: number | null } | null };

export type DomainKeywordsPageQueryVariables = Exact<{
  domain: string;
  database: RegionalDatabase;
  page?: number | null | undefined;
  limit?: number | null | undefined;
}>;

export type DomainKeywordsPageQuery = {
  domain: { domain: string; keywords: Array<{ position: number }> | null } | null;
};

export type SummariesOfBigAndSmallQueryVariables = Exact<{ [key: string]: never }>;

export type SummariesOfBigAndSmallQuery = {
  small: { backlinkSummary: { backlinks: number } | null } | null;
  huge: {
    target: string;
    backlinkSummary: { backlinks: number } | null;
    backlinks: Array<{ referringPage: string }> | null;
  } | null;
  keyword: { volume: number | null } | null;
};

export type TargetChangesQueryVariables = Exact<{
  target: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;

export type TargetChangesQuery = {
  target: { history: Array<{ date: string }> | null; dailyChanges: Array<{ date: string }> | null } | null;
};

export type TargetSummariesQueryVariables = Exact<{
  targets: Array<string> | string;
  mode?: TargetMode | null | undefined;
}>;

export type TargetSummariesQuery = {
  targets: Array<{
    target: string;
    mode: TargetMode;
    backlinkSummary: {
      inlinkRank: number | null;
      domainInlinkRank: number | null;
      backlinks: number;
      refDomains: number;
      dofollowBacklinks: number;
      nofollowBacklinks: number;
      subnets: number;
      ips: number;
      topAnchors: Array<{ text: string; count: number }>;
    } | null;
  } | null>;
};

export type TargetAuthorityQueryVariables = Exact<{
  targets: Array<string> | string;
}>;

export type TargetAuthorityQuery = {
  targets: Array<{
    target: string;
    authority: { inlinkRank: number | null; domainInlinkRank: number | null } | null;
  } | null>;
};

export type TargetProfileQueryVariables = Exact<{
  target: string;
  mode?: TargetMode | null | undefined;
  limit?: number | null | undefined;
}>;

export type TargetProfileQuery = {
  target: {
    target: string;
    mode: TargetMode;
    backlinkSummary: {
      inlinkRank: number | null;
      domainInlinkRank: number | null;
      backlinks: number;
      refDomains: number;
      anchors: number | null;
      topPages: Array<{ url: string; count: number }>;
      topCountries: Array<{ value: string; count: number }>;
    } | null;
    authority: { inlinkRank: number | null; domainInlinkRank: number | null } | null;
    backlinks: Array<{
      referringPage: string;
      destinationPage: string;
      anchorText: string | null;
      nofollow: boolean;
      kind: BacklinkKind;
      inlinkRank: number | null;
      domainInlinkRank: number | null;
      firstSeen: string | null;
      lastVisited: string | null;
    }> | null;
    refDomains: Array<{ domain: string; backlinks: number; domainInlinkRank: number | null }> | null;
    anchors: Array<{ text: string; backlinks: number; refDomains: number | null }> | null;
  } | null;
};

export type BacklinksWithReferringDomainsQueryVariables = Exact<{
  target: string;
  limit?: number | null | undefined;
}>;

export type BacklinksWithReferringDomainsQuery = {
  target: {
    backlinks: Array<{
      referringPage: string;
      referringDomain: {
        target: string;
        mode: TargetMode;
        backlinkSummary: { domainInlinkRank: number | null; refDomains: number } | null;
      } | null;
    }> | null;
  } | null;
};

export type BacklinkHistoryQueryVariables = Exact<{
  target: string;
  change?: BacklinkChangeType | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  limit?: number | null | undefined;
}>;

export type BacklinkHistoryQuery = {
  target: {
    history: Array<{
      change: BacklinkChangeType;
      date: string;
      lostReason: string | null;
      backlink: { referringPage: string; destinationPage: string; kind: BacklinkKind };
    }> | null;
    dailyChanges: Array<{ date: string; newBacklinks: number; lostBacklinks: number }> | null;
  } | null;
};

export type KeywordMetricsQueryVariables = Exact<{
  texts: Array<string> | string;
  database: RegionalDatabase;
}>;

export type KeywordMetricsQuery = { keywords: Array<{ text: string; volume: number | null } | null> };

export type KeywordDetailsQueryVariables = Exact<{
  text: string;
  database: RegionalDatabase;
}>;

export type KeywordDetailsQuery = {
  keyword: {
    text: string;
    database: RegionalDatabase;
    dataFound: boolean | null;
    volume: number | null;
    cpc: number | null;
    competition: number | null;
    difficulty: number | null;
    serpFeatures: Array<SerpFeature> | null;
    intents: Array<SearchIntent> | null;
    trend: Array<{ month: string; volume: number }> | null;
  } | null;
};

export type KeywordIdeasQueryVariables = Exact<{
  text: string;
  database: RegionalDatabase;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;

export type KeywordIdeasQuery = {
  keyword: {
    text: string;
    similar: {
      total: number;
      ideas: Array<{ keyword: { text: string; volume: number | null; difficulty: number | null } }>;
    } | null;
    related: { total: number; ideas: Array<{ relevance: number | null; keyword: { text: string } }> } | null;
    questions: { total: number; ideas: Array<{ keyword: { text: string } }> } | null;
  } | null;
};

export type DomainAnalysisQueryVariables = Exact<{
  domain: string;
  database: RegionalDatabase;
  page?: number | null | undefined;
  limit?: number | null | undefined;
}>;

export type DomainAnalysisQuery = {
  domain: {
    domain: string;
    database: RegionalDatabase;
    overview: {
      organic: {
        keywords: number;
        traffic: number;
        trafficCost: number;
        month: string | null;
        positions: Array<{ from: number; to: number; keywords: number }>;
      } | null;
      paid: { keywords: number; traffic: number } | null;
    } | null;
    keywords: Array<{
      position: number;
      previousPosition: number | null;
      url: string;
      traffic: number | null;
      keyword: { text: string };
    }> | null;
    competitors: Array<{
      commonKeywords: number;
      totalKeywords: number;
      missingKeywords: number;
      domain: { domain: string };
    }> | null;
  } | null;
};

export type DomainKeywordsWithMetricsQueryVariables = Exact<{
  domain: string;
  database: RegionalDatabase;
  limit?: number | null | undefined;
}>;

export type DomainKeywordsWithMetricsQuery = {
  domain: {
    keywords: Array<{
      position: number;
      keyword: { text: string; volume: number | null; trend: Array<{ volume: number }> | null };
    }> | null;
  } | null;
};

export type SummariesAndAuthorityQueryVariables = Exact<{
  targets: Array<string> | string;
}>;

export type SummariesAndAuthorityQuery = {
  targets: Array<{
    target: string;
    backlinkSummary: { domainInlinkRank: number | null } | null;
    authority: { domainInlinkRank: number | null } | null;
  } | null>;
};

export type SerpEnginesQueryVariables = Exact<{ [key: string]: never }>;

export type SerpEnginesQuery = {
  engines: Array<{ code: string; parent: string; locale: string; name: string | null }>;
};

export type SerpEngineQueryVariables = Exact<{
  code: string;
  period?: FluxPeriod | null | undefined;
}>;

export type SerpEngineQuery = {
  engine: {
    code: string;
    parent: string;
    locale: string;
    name: string | null;
    flux: Array<{ at: string; value: number }> | null;
  } | null;
};

export type SerpSnapshotQueryVariables = Exact<{
  keyword: string;
  engine: string;
  location?: string | null | undefined;
  device?: Device | null | undefined;
  first?: number | null | undefined;
}>;

export type SerpSnapshotQuery = {
  serp: {
    keyword: string;
    location: string | null;
    device: Device;
    checkId: string;
    checkedAt: string;
    queue: CheckQueue;
    engine: { code: string };
    results: Array<{
      position: number;
      url: string;
      title: string;
      description: string;
      host: string;
      domain: string;
      resultType: SerpResultType;
      universalType: string | null;
      sitelinks: Array<{ title: string; url: string }>;
    }>;
  } | null;
};

export type SerpTrackedKeywordsQueryVariables = Exact<{ [key: string]: never }>;

export type SerpTrackedKeywordsQuery = {
  trackedKeywords: Array<{
    id: string;
    keyword: string;
    location: string | null;
    device: Device;
    engines: Array<{ code: string; name: string | null }>;
  }>;
};

export type SerpTrackedHistoryQueryVariables = Exact<{
  engine: string;
  domain: string;
  last?: number | null | undefined;
}>;

export type SerpTrackedHistoryQuery = {
  trackedKeywords: Array<{
    keyword: string;
    checks: Array<{ checkId: string; checkedAt: string }> | null;
    rankHistory: Array<{ checkedAt: string; position: number | null }> | null;
  }>;
};

export type SerpKeywordSerpQueryVariables = Exact<{
  keyword: string;
  engine: string;
}>;

export type SerpKeywordSerpQuery = {
  keyword: { text: string; serp: { checkId: string; checkedAt: string; queue: CheckQueue } | null } | null;
};

export type SerpKeywordRankingQueryVariables = Exact<{
  keyword: string;
  engine: string;
  domain: string;
  last?: number | null | undefined;
}>;

export type SerpKeywordRankingQuery = {
  keyword: {
    text: string;
    ranking: Array<{ checkId: string; checkedAt: string; position: number | null; url: string | null }> | null;
  } | null;
};

export type SerpAccountQueryVariables = Exact<{ [key: string]: never }>;

export type SerpAccountQuery = {
  account: {
    serpmetrics: { serpCredits: number; balance: number; apiCredits: number } | null;
    seranking: {
      status: string;
      unitsLeft: number;
      unitsLimit: number;
      expiresAt: string | null;
      creditLimit: number;
      creditsUsed: number;
    } | null;
  } | null;
};

export type SerpCheckRequestQueryVariables = Exact<{
  queue: OneOffQueue;
  id: string | number;
}>;

export type SerpCheckRequestQuery = {
  checkRequest: {
    id: string;
    queue: OneOffQueue;
    keyword: string | null;
    state: CheckState;
    checkId: string | null;
    checkedAt: string | null;
    engine: { code: string } | null;
    snapshot: { checkId: string; checkedAt: string; queue: CheckQueue } | null;
  };
};

export type SerpItemErrorFragment = {
  code: ErrorCode;
  message: string;
  upstream: string;
  httpStatus: number | null;
  retryable: boolean;
  retryAfter: number | null;
};

export type SerpTrackKeywordsMutationVariables = Exact<{
  keywords: Array<string> | string;
  engines: Array<string> | string;
  location?: string | null | undefined;
  device?: Device | null | undefined;
}>;

export type SerpTrackKeywordsMutation = {
  trackKeywords: {
    dailyCredits: number;
    results: Array<{
      keyword: string;
      trackedKeyword: {
        id: string;
        keyword: string;
        location: string | null;
        device: Device;
        engines: Array<{ code: string }>;
      } | null;
      error: {
        code: ErrorCode;
        message: string;
        upstream: string;
        httpStatus: number | null;
        retryable: boolean;
        retryAfter: number | null;
      } | null;
    }>;
  };
};

export type SerpUntrackKeywordsMutationVariables = Exact<{
  keywords: Array<string> | string;
  location?: string | null | undefined;
  device?: Device | null | undefined;
}>;

export type SerpUntrackKeywordsMutation = {
  untrackKeywords: {
    results: Array<{
      keyword: string;
      untracked: boolean;
      error: {
        code: ErrorCode;
        message: string;
        upstream: string;
        httpStatus: number | null;
        retryable: boolean;
        retryAfter: number | null;
      } | null;
    }>;
  };
};

export type SerpAppendEnginesMutationVariables = Exact<{
  keyword: string;
  engines: Array<string> | string;
}>;

export type SerpAppendEnginesMutation = {
  appendEngines: { dailyCredits: number; trackedKeyword: { keyword: string; engines: Array<{ code: string }> } };
};

export type SerpRemoveEnginesMutationVariables = Exact<{
  keyword: string;
  engines: Array<string> | string;
}>;

export type SerpRemoveEnginesMutation = {
  removeEngines: { dailyCredits: number; trackedKeyword: { keyword: string; engines: Array<{ code: string }> } };
};

export type SerpRequestPriorityCheckMutationVariables = Exact<{
  keywords: Array<string> | string;
  engines: Array<string> | string;
  location?: string | null | undefined;
  device?: Device | null | undefined;
}>;

export type SerpRequestPriorityCheckMutation = {
  requestPriorityCheck: {
    credits: number;
    results: Array<{
      keyword: string;
      engine: { code: string };
      request: { id: string; queue: OneOffQueue; state: CheckState } | null;
      error: {
        code: ErrorCode;
        message: string;
        upstream: string;
        httpStatus: number | null;
        retryable: boolean;
        retryAfter: number | null;
      } | null;
    }>;
  };
};

export type SerpRequestDelayedCheckMutationVariables = Exact<{
  keywords: Array<string> | string;
  engines: Array<string> | string;
  customerId?: string | null | undefined;
}>;

export type SerpRequestDelayedCheckMutation = {
  requestDelayedCheck: {
    credits: number;
    results: Array<{
      keyword: string;
      request: { id: string; queue: OneOffQueue; state: CheckState } | null;
      error: {
        code: ErrorCode;
        message: string;
        upstream: string;
        httpStatus: number | null;
        retryable: boolean;
        retryAfter: number | null;
      } | null;
    }>;
  };
};

export type SerpHistoryFanOutQueryVariables = Exact<{
  domain: string;
}>;

export type SerpHistoryFanOutQuery = {
  google: Array<{ rankHistory: Array<{ position: number | null }> | null }>;
  bing: Array<{ rankHistory: Array<{ position: number | null }> | null }>;
  uk: Array<{ rankHistory: Array<{ position: number | null }> | null }>;
};

export type SerpEnginesFluxQueryVariables = Exact<{ [key: string]: never }>;

export type SerpEnginesFluxQuery = { engines: Array<{ code: string; flux: Array<{ value: number }> | null }> };

export type Top100QueryVariables = Exact<{
  keyword: string;
  engine: string;
}>;

export type Top100Query = {
  serp: {
    checkId: string;
    checkedAt: string;
    results: Array<{
      position: number;
      url: string;
      host: string;
      target: {
        target: string;
        backlinkSummary: {
          inlinkRank: number | null;
          domainInlinkRank: number | null;
          backlinks: number;
          refDomains: number;
        } | null;
      } | null;
    }>;
  } | null;
};

export type Top100HostsQueryVariables = Exact<{
  keyword: string;
  engine: string;
}>;

export type Top100HostsQuery = {
  serp: {
    checkId: string;
    results: Array<{
      position: number;
      host: string;
      target: { backlinkSummary: { backlinks: number } | null } | null;
    }>;
  } | null;
  account: { serpmetrics: { serpCredits: number } | null; seranking: { unitsLeft: number } | null } | null;
};

export const SerpItemErrorFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SerpItemError' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ItemError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'upstream' } },
          { kind: 'Field', name: { kind: 'Name', value: 'httpStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retryable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retryAfter' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const CompetitorStrengthDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CompetitorStrength' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'keyword' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'engine' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'serp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'keyword' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'keyword' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'engine' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'engine' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'keyword' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'results' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'host' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'target' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'backlinkSummary' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'domainInlinkRank' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'refDomains' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const CreditBalancesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CreditBalances' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'account' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'seranking' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'unitsLeft' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unitsLimit' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'serpmetrics' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'serpCredits' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const GatewayModeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GatewayMode' },
      selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sandbox' } }] },
    },
  ],
} as unknown as DocumentNode;
export const TargetSummaryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TargetSummary' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'target' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mode' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TargetMode' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'target' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'target' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'target' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mode' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'backlinkSummary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'backlinks' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inlinkRank' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const TargetListsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TargetLists' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'target' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'target' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'target' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'target' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'backlinks' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'limit' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'referringPage' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'history' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'from' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'to' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'limit' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'date' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const KeywordVolumeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'KeywordVolume' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'database' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RegionalDatabase' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'keyword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'database' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'database' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'volume' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const DomainKeywordsPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DomainKeywordsPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'database' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RegionalDatabase' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'domain' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'domain' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'database' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'database' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'keywords' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'page' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'limit' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'position' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const SummariesOfBigAndSmallDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SummariesOfBigAndSmall' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'small' },
            name: { kind: 'Name', value: 'target' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'target' },
                value: { kind: 'StringValue', value: 'seranking.com', block: false },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'backlinkSummary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'backlinks' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'huge' },
            name: { kind: 'Name', value: 'target' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'target' },
                value: { kind: 'StringValue', value: 'en.wikipedia.org', block: false },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'backlinkSummary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'backlinks' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'backlinks' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'limit' },
                      value: { kind: 'IntValue', value: '5' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'referringPage' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'keyword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'StringValue', value: 'running shoes', block: false },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'database' },
                value: { kind: 'EnumValue', value: 'US' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'volume' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const TargetChangesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TargetChanges' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'target' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'target' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'target' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'target' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'history' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'from' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'to' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'date' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dailyChanges' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'from' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'to' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'date' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const TargetSummariesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TargetSummaries' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'targets' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mode' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TargetMode' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targets' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'targets' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'targets' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mode' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'backlinkSummary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'inlinkRank' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'domainInlinkRank' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'backlinks' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'refDomains' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dofollowBacklinks' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nofollowBacklinks' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'subnets' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ips' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'topAnchors' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const TargetAuthorityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TargetAuthority' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'targets' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targets' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'targets' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'targets' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authority' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'inlinkRank' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'domainInlinkRank' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const TargetProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TargetProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'target' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mode' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TargetMode' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'target' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'target' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'target' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mode' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'backlinkSummary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'inlinkRank' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'domainInlinkRank' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'backlinks' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'refDomains' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'anchors' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'topPages' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'topCountries' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authority' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'inlinkRank' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'domainInlinkRank' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'backlinks' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'limit' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'orderBy' },
                      value: { kind: 'EnumValue', value: 'DOMAIN_INLINK_RANK' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'referringPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'destinationPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'anchorText' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nofollow' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inlinkRank' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'domainInlinkRank' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'firstSeen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastVisited' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refDomains' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'limit' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'backlinks' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'domainInlinkRank' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'anchors' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'limit' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'backlinks' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'refDomains' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const BacklinksWithReferringDomainsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BacklinksWithReferringDomains' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'target' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'target' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'target' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'target' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'backlinks' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'limit' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'referringPage' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'referringDomain' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'backlinkSummary' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'domainInlinkRank' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'refDomains' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const BacklinkHistoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BacklinkHistory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'target' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'change' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'BacklinkChangeType' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'target' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'target' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'target' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'history' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'change' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'change' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'from' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'to' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'limit' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lostReason' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'backlink' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'referringPage' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'destinationPage' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dailyChanges' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'change' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'change' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'from' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'to' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'newBacklinks' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lostBacklinks' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const KeywordMetricsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'KeywordMetrics' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'texts' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'database' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RegionalDatabase' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'keywords' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'texts' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'texts' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'database' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'database' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'volume' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const KeywordDetailsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'KeywordDetails' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'database' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RegionalDatabase' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'keyword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'database' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'database' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'database' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dataFound' } },
                { kind: 'Field', name: { kind: 'Name', value: 'volume' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cpc' } },
                { kind: 'Field', name: { kind: 'Name', value: 'competition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'difficulty' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serpFeatures' } },
                { kind: 'Field', name: { kind: 'Name', value: 'intents' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'trend' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'volume' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const KeywordIdeasDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'KeywordIdeas' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'database' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RegionalDatabase' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'keyword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'database' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'database' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'similar' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'limit' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'offset' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ideas' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'keyword' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'volume' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'difficulty' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'related' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'limit' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ideas' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'relevance' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'keyword' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'text' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'questions' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'limit' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ideas' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'keyword' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'text' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const DomainAnalysisDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DomainAnalysis' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'database' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RegionalDatabase' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'domain' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'domain' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'database' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'database' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
                { kind: 'Field', name: { kind: 'Name', value: 'database' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'overview' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'organic' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'keywords' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'traffic' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'trafficCost' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'positions' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'keywords' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'paid' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'keywords' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'traffic' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'keywords' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'page' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'limit' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'keyword' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'text' } }],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'previousPosition' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'traffic' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'competitors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'domain' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'domain' } }],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'commonKeywords' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'totalKeywords' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'missingKeywords' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const DomainKeywordsWithMetricsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DomainKeywordsWithMetrics' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'database' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RegionalDatabase' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'domain' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'domain' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'database' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'database' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'keywords' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'limit' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'keyword' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'volume' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'trend' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'volume' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const SummariesAndAuthorityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SummariesAndAuthority' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'targets' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targets' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'targets' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'targets' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'backlinkSummary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'domainInlinkRank' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authority' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'domainInlinkRank' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const SerpEnginesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SerpEngines' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'engines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const SerpEngineDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SerpEngine' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'FluxPeriod' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'engine' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'parent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'flux' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'period' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const SerpSnapshotDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SerpSnapshot' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'keyword' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'engine' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'location' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'device' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Device' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'serp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'keyword' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'keyword' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'engine' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'engine' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'location' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'location' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'device' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'device' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'keyword' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'engine' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                { kind: 'Field', name: { kind: 'Name', value: 'device' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'queue' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'results' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'host' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'domain' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'resultType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'universalType' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sitelinks' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const SerpTrackedKeywordsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SerpTrackedKeywords' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trackedKeywords' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keyword' } },
                { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                { kind: 'Field', name: { kind: 'Name', value: 'device' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'engines' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const SerpTrackedHistoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SerpTrackedHistory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'engine' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trackedKeywords' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'keyword' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'checks' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'engine' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'engine' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'last' },
                      value: { kind: 'IntValue', value: '3' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'checkId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rankHistory' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'engine' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'engine' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'domain' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'last' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const SerpKeywordSerpDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SerpKeywordSerp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'keyword' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'engine' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'keyword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'keyword' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'database' },
                value: { kind: 'EnumValue', value: 'US' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'serp' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'engine' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'engine' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'checkId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'queue' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const SerpKeywordRankingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SerpKeywordRanking' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'keyword' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'engine' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'keyword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'keyword' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'database' },
                value: { kind: 'EnumValue', value: 'US' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'ranking' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'engine' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'engine' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'domain' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'last' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'checkId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const SerpAccountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SerpAccount' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'account' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'serpmetrics' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'serpCredits' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'balance' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'apiCredits' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'seranking' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unitsLeft' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unitsLimit' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'creditLimit' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'creditsUsed' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const SerpCheckRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SerpCheckRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'queue' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'OneOffQueue' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'queue' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'queue' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'queue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'keyword' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'engine' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'snapshot' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'checkId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'queue' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const SerpTrackKeywordsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SerpTrackKeywords' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'keywords' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'engines' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'location' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'device' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Device' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trackKeywords' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'keywords' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'keywords' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'engines' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'engines' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'location' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'location' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'device' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'device' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'dailyCredits' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'results' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'keyword' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'trackedKeyword' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'keyword' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'device' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'engines' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'error' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SerpItemError' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SerpItemError' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ItemError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'upstream' } },
          { kind: 'Field', name: { kind: 'Name', value: 'httpStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retryable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retryAfter' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const SerpUntrackKeywordsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SerpUntrackKeywords' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'keywords' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'location' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'device' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Device' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'untrackKeywords' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'keywords' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'keywords' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'location' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'location' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'device' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'device' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'results' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'keyword' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'untracked' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'error' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SerpItemError' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SerpItemError' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ItemError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'upstream' } },
          { kind: 'Field', name: { kind: 'Name', value: 'httpStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retryable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retryAfter' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const SerpAppendEnginesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SerpAppendEngines' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'keyword' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'engines' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'appendEngines' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'keyword' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'keyword' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'engines' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'engines' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'dailyCredits' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'trackedKeyword' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'keyword' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'engines' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const SerpRemoveEnginesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SerpRemoveEngines' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'keyword' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'engines' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeEngines' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'keyword' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'keyword' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'engines' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'engines' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'dailyCredits' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'trackedKeyword' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'keyword' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'engines' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const SerpRequestPriorityCheckDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SerpRequestPriorityCheck' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'keywords' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'engines' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'location' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'device' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Device' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestPriorityCheck' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'keywords' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'keywords' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'engines' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'engines' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'location' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'location' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'device' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'device' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'credits' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'results' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'keyword' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'engine' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'request' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'queue' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'error' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SerpItemError' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SerpItemError' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ItemError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'upstream' } },
          { kind: 'Field', name: { kind: 'Name', value: 'httpStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retryable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retryAfter' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const SerpRequestDelayedCheckDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SerpRequestDelayedCheck' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'keywords' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'engines' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'customerId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestDelayedCheck' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'keywords' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'keywords' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'engines' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'engines' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'customerId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'customerId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'credits' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'results' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'keyword' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'request' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'queue' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'error' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SerpItemError' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SerpItemError' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ItemError' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'upstream' } },
          { kind: 'Field', name: { kind: 'Name', value: 'httpStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retryable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'retryAfter' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const SerpHistoryFanOutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SerpHistoryFanOut' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'google' },
            name: { kind: 'Name', value: 'trackedKeywords' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rankHistory' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'engine' },
                      value: { kind: 'StringValue', value: 'google_en-us', block: false },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'domain' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'position' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'bing' },
            name: { kind: 'Name', value: 'trackedKeywords' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rankHistory' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'engine' },
                      value: { kind: 'StringValue', value: 'bing_en-us', block: false },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'domain' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'position' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'uk' },
            name: { kind: 'Name', value: 'trackedKeywords' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rankHistory' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'engine' },
                      value: { kind: 'StringValue', value: 'google_en-gb', block: false },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'domain' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'domain' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'position' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const SerpEnginesFluxDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SerpEnginesFlux' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'engines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'flux' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'value' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const Top100Document = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Top100' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'keyword' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'engine' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'serp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'keyword' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'keyword' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'engine' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'engine' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'checkId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'results' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '100' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'host' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'target' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'backlinkSummary' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'inlinkRank' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'domainInlinkRank' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'backlinks' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'refDomains' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;
export const Top100HostsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Top100Hosts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'keyword' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'engine' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'serp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'keyword' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'keyword' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'engine' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'engine' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'checkId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'results' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '100' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'host' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'target' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'backlinkSummary' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'backlinks' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'account' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'serpmetrics' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'serpCredits' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'seranking' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'unitsLeft' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode;

export type SdkFunctionWrapper = <T>(
  action: (requestHeaders?: Record<string, string>) => Promise<T>,
  operationName: string,
  operationType?: string,
  variables?: any,
) => Promise<T>;

const defaultWrapper: SdkFunctionWrapper = (action, _operationName, _operationType, _variables) => action();

export function getSdk(client: GraphQLClient, withWrapper: SdkFunctionWrapper = defaultWrapper) {
  return {
    CompetitorStrength(
      variables: CompetitorStrengthQueryVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<CompetitorStrengthQuery> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<CompetitorStrengthQuery>({
            document: CompetitorStrengthDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'CompetitorStrength',
        'query',
        variables,
      );
    },
    CreditBalances(
      variables?: CreditBalancesQueryVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<CreditBalancesQuery> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<CreditBalancesQuery>({
            document: CreditBalancesDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'CreditBalances',
        'query',
        variables,
      );
    },
    GatewayMode(
      variables?: GatewayModeQueryVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<GatewayModeQuery> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<GatewayModeQuery>({
            document: GatewayModeDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'GatewayMode',
        'query',
        variables,
      );
    },
    TargetSummary(
      variables: TargetSummaryQueryVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<TargetSummaryQuery> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<TargetSummaryQuery>({
            document: TargetSummaryDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'TargetSummary',
        'query',
        variables,
      );
    },
    TargetLists(
      variables: TargetListsQueryVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<TargetListsQuery> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<TargetListsQuery>({
            document: TargetListsDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'TargetLists',
        'query',
        variables,
      );
    },
    KeywordVolume(
      variables: KeywordVolumeQueryVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<KeywordVolumeQuery> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<KeywordVolumeQuery>({
            document: KeywordVolumeDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'KeywordVolume',
        'query',
        variables,
      );
    },
    DomainKeywordsPage(
      variables: DomainKeywordsPageQueryVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<DomainKeywordsPageQuery> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<DomainKeywordsPageQuery>({
            document: DomainKeywordsPageDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'DomainKeywordsPage',
        'query',
        variables,
      );
    },
    SummariesOfBigAndSmall(
      variables?: SummariesOfBigAndSmallQueryVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<SummariesOfBigAndSmallQuery> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<SummariesOfBigAndSmallQuery>({
            document: SummariesOfBigAndSmallDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'SummariesOfBigAndSmall',
        'query',
        variables,
      );
    },
    TargetChanges(
      variables: TargetChangesQueryVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<TargetChangesQuery> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<TargetChangesQuery>({
            document: TargetChangesDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'TargetChanges',
        'query',
        variables,
      );
    },
    TargetSummaries(
      variables: TargetSummariesQueryVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<TargetSummariesQuery> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<TargetSummariesQuery>({
            document: TargetSummariesDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'TargetSummaries',
        'query',
        variables,
      );
    },
    TargetAuthority(
      variables: TargetAuthorityQueryVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<TargetAuthorityQuery> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<TargetAuthorityQuery>({
            document: TargetAuthorityDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'TargetAuthority',
        'query',
        variables,
      );
    },
    TargetProfile(
      variables: TargetProfileQueryVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<TargetProfileQuery> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<TargetProfileQuery>({
            document: TargetProfileDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'TargetProfile',
        'query',
        variables,
      );
    },
    BacklinksWithReferringDomains(
      variables: BacklinksWithReferringDomainsQueryVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<BacklinksWithReferringDomainsQuery> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<BacklinksWithReferringDomainsQuery>({
            document: BacklinksWithReferringDomainsDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'BacklinksWithReferringDomains',
        'query',
        variables,
      );
    },
    BacklinkHistory(
      variables: BacklinkHistoryQueryVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<BacklinkHistoryQuery> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<BacklinkHistoryQuery>({
            document: BacklinkHistoryDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'BacklinkHistory',
        'query',
        variables,
      );
    },
    KeywordMetrics(
      variables: KeywordMetricsQueryVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<KeywordMetricsQuery> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<KeywordMetricsQuery>({
            document: KeywordMetricsDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'KeywordMetrics',
        'query',
        variables,
      );
    },
    KeywordDetails(
      variables: KeywordDetailsQueryVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<KeywordDetailsQuery> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<KeywordDetailsQuery>({
            document: KeywordDetailsDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'KeywordDetails',
        'query',
        variables,
      );
    },
    KeywordIdeas(
      variables: KeywordIdeasQueryVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<KeywordIdeasQuery> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<KeywordIdeasQuery>({
            document: KeywordIdeasDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'KeywordIdeas',
        'query',
        variables,
      );
    },
    DomainAnalysis(
      variables: DomainAnalysisQueryVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<DomainAnalysisQuery> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<DomainAnalysisQuery>({
            document: DomainAnalysisDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'DomainAnalysis',
        'query',
        variables,
      );
    },
    DomainKeywordsWithMetrics(
      variables: DomainKeywordsWithMetricsQueryVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<DomainKeywordsWithMetricsQuery> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<DomainKeywordsWithMetricsQuery>({
            document: DomainKeywordsWithMetricsDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'DomainKeywordsWithMetrics',
        'query',
        variables,
      );
    },
    SummariesAndAuthority(
      variables: SummariesAndAuthorityQueryVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<SummariesAndAuthorityQuery> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<SummariesAndAuthorityQuery>({
            document: SummariesAndAuthorityDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'SummariesAndAuthority',
        'query',
        variables,
      );
    },
    SerpEngines(
      variables?: SerpEnginesQueryVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<SerpEnginesQuery> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<SerpEnginesQuery>({
            document: SerpEnginesDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'SerpEngines',
        'query',
        variables,
      );
    },
    SerpEngine(
      variables: SerpEngineQueryVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<SerpEngineQuery> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<SerpEngineQuery>({
            document: SerpEngineDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'SerpEngine',
        'query',
        variables,
      );
    },
    SerpSnapshot(
      variables: SerpSnapshotQueryVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<SerpSnapshotQuery> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<SerpSnapshotQuery>({
            document: SerpSnapshotDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'SerpSnapshot',
        'query',
        variables,
      );
    },
    SerpTrackedKeywords(
      variables?: SerpTrackedKeywordsQueryVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<SerpTrackedKeywordsQuery> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<SerpTrackedKeywordsQuery>({
            document: SerpTrackedKeywordsDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'SerpTrackedKeywords',
        'query',
        variables,
      );
    },
    SerpTrackedHistory(
      variables: SerpTrackedHistoryQueryVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<SerpTrackedHistoryQuery> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<SerpTrackedHistoryQuery>({
            document: SerpTrackedHistoryDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'SerpTrackedHistory',
        'query',
        variables,
      );
    },
    SerpKeywordSerp(
      variables: SerpKeywordSerpQueryVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<SerpKeywordSerpQuery> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<SerpKeywordSerpQuery>({
            document: SerpKeywordSerpDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'SerpKeywordSerp',
        'query',
        variables,
      );
    },
    SerpKeywordRanking(
      variables: SerpKeywordRankingQueryVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<SerpKeywordRankingQuery> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<SerpKeywordRankingQuery>({
            document: SerpKeywordRankingDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'SerpKeywordRanking',
        'query',
        variables,
      );
    },
    SerpAccount(
      variables?: SerpAccountQueryVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<SerpAccountQuery> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<SerpAccountQuery>({
            document: SerpAccountDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'SerpAccount',
        'query',
        variables,
      );
    },
    SerpCheckRequest(
      variables: SerpCheckRequestQueryVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<SerpCheckRequestQuery> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<SerpCheckRequestQuery>({
            document: SerpCheckRequestDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'SerpCheckRequest',
        'query',
        variables,
      );
    },
    SerpTrackKeywords(
      variables: SerpTrackKeywordsMutationVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<SerpTrackKeywordsMutation> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<SerpTrackKeywordsMutation>({
            document: SerpTrackKeywordsDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'SerpTrackKeywords',
        'mutation',
        variables,
      );
    },
    SerpUntrackKeywords(
      variables: SerpUntrackKeywordsMutationVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<SerpUntrackKeywordsMutation> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<SerpUntrackKeywordsMutation>({
            document: SerpUntrackKeywordsDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'SerpUntrackKeywords',
        'mutation',
        variables,
      );
    },
    SerpAppendEngines(
      variables: SerpAppendEnginesMutationVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<SerpAppendEnginesMutation> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<SerpAppendEnginesMutation>({
            document: SerpAppendEnginesDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'SerpAppendEngines',
        'mutation',
        variables,
      );
    },
    SerpRemoveEngines(
      variables: SerpRemoveEnginesMutationVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<SerpRemoveEnginesMutation> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<SerpRemoveEnginesMutation>({
            document: SerpRemoveEnginesDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'SerpRemoveEngines',
        'mutation',
        variables,
      );
    },
    SerpRequestPriorityCheck(
      variables: SerpRequestPriorityCheckMutationVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<SerpRequestPriorityCheckMutation> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<SerpRequestPriorityCheckMutation>({
            document: SerpRequestPriorityCheckDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'SerpRequestPriorityCheck',
        'mutation',
        variables,
      );
    },
    SerpRequestDelayedCheck(
      variables: SerpRequestDelayedCheckMutationVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<SerpRequestDelayedCheckMutation> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<SerpRequestDelayedCheckMutation>({
            document: SerpRequestDelayedCheckDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'SerpRequestDelayedCheck',
        'mutation',
        variables,
      );
    },
    SerpHistoryFanOut(
      variables: SerpHistoryFanOutQueryVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<SerpHistoryFanOutQuery> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<SerpHistoryFanOutQuery>({
            document: SerpHistoryFanOutDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'SerpHistoryFanOut',
        'query',
        variables,
      );
    },
    SerpEnginesFlux(
      variables?: SerpEnginesFluxQueryVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<SerpEnginesFluxQuery> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<SerpEnginesFluxQuery>({
            document: SerpEnginesFluxDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'SerpEnginesFlux',
        'query',
        variables,
      );
    },
    Top100(
      variables: Top100QueryVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<Top100Query> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<Top100Query>({
            document: Top100Document,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'Top100',
        'query',
        variables,
      );
    },
    Top100Hosts(
      variables: Top100HostsQueryVariables,
      requestHeaders?: GraphQLClientRequestHeaders,
      signal?: RequestInit['signal'],
    ): Promise<Top100HostsQuery> {
      return withWrapper(
        (wrappedRequestHeaders) =>
          client.request<Top100HostsQuery>({
            document: Top100HostsDocument,
            variables,
            requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders },
            signal,
          }),
        'Top100Hosts',
        'query',
        variables,
      );
    },
  };
}
export type Sdk = ReturnType<typeof getSdk>;
