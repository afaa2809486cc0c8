// Runs the whole extractor on wire copy and on releases of governments the gold feeds do not
// cover (tests/cases/wire/09_… onward) and checks the facts a careful reader of each text expects
// (GUIDELINES: events, agreements, trade measures, indicators), besides its key mentions.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "extract/wire_fixture.h"
#include "tradewatch/extractor.h"

namespace {

struct EventX {
  std::string type, start, city;            // empty city: not checked
  std::vector<std::string> partners;        // each must be among the event's partners
};
struct AgreementX {
  std::string kind, status;
  std::vector<std::string> parties;         // exact, sorted
};
struct MeasureX {
  std::string jurisdiction, kind, sector, stance;  // empty sector/stance: not checked
};
struct IndicatorX {
  std::string metric;
  double value;
  std::string unit, period{};               // empty period: not checked
  std::optional<double> change{};
  std::string partner{};                    // empty: not checked
  std::string country{};                    // empty: not checked
};

struct Case {
  const char* file;
  std::vector<std::string> countries{}, blocs{}, dates{}, people{};
  std::vector<std::pair<double, std::string>> money{};
  std::vector<double> percents{};
  std::vector<EventX> events{};                                    // events[0] is the primary event
  std::vector<AgreementX> agreements{};
  std::vector<MeasureX> measures{};
  std::vector<IndicatorX> indicators{};
  std::vector<std::pair<std::string, std::string>> not_measures{};  // (jurisdiction, kind)
  bool no_agreements = false;
  std::vector<std::string> not_countries{};
  std::vector<double> not_indicator_values{};                       // amounts no indicator may carry
  std::vector<std::pair<std::string, std::string>> titles{};        // (person, title as stated)
  std::vector<std::string> not_partners{};                          // none of the primary event's partners
  std::vector<std::string> not_cities{};                            // no event takes place in these
  std::vector<std::string> not_people{};                            // names no person may carry
};

const std::vector<Case>& cases() {
  static const std::vector<Case> v = {
      {"09_reuters_india_antidumping.txt",
       {"IN", "CN", "VN"}, {}, {"2025-03-12", "2025-02", "2025-03-11", "2024"}, {"Arun Prakash Mehta"},
       {{2.7e9, "USD"}}, {30, 26},
       {{"decision", "2025-03-12", "", {"CN"}}},
       {},
       {{"IN", "anti_dumping", "steel", "neutral"}},
       {{"imports", 2.7e9, "USD", "2024", 26, "CN"}},
       {{"CN", "anti_dumping"}, {"VN", "anti_dumping"}}},
      {"10_bloomberg_japan_export_controls.txt",
       {"JP"}, {}, {"2025-05-16", "2025-07-01", "2024"}, {},
       {{4.2e12, "JPY"}}, {18},
       {{"decision", "2025-05-16", "", {}}},
       {},
       {{"JP", "export_control", "semiconductors", "neutral"}},
       {{"exports", 4.2e12, "JPY", "2024", 18, ""}},
       {}},
      {"11_mofcom_countervailing.txt",
       {"CN"}, {"EU"}, {"2025-07-08", "2025-07-09", "2024"}, {},
       {{1.1e9, "USD"}}, {8.2, 32.5},
       {{"decision", "2025-07-08", "", {"EU"}}},
       {},
       {{"CN", "trade_remedy", "agriculture_fisheries", "neutral"}},
       {{"imports", 1.1e9, "USD", "2024", std::nullopt, ""}},
       {{"EU", "trade_remedy"}},
       false,
       {"US"}},  // "US$" is a currency sign
      {"12_pib_india_peru_round.txt",
       {"IN", "PE"}, {}, {"2025-09-15/2025-09-18", "2025-09-19", "2024", "2025-11"},
       {"Vivek Narayan Rao", "Carla Mendoza Paredes"},
       {{5.9e9, "USD"}}, {},
       {{"negotiation", "2025-09-15", "Lima", {"PE"}}, {"negotiation", "2025-11", "New Delhi", {}}},
       {{"fta", "negotiating", {"IN", "PE"}}},
       {},
       {{"trade", 5.9e9, "USD", "2024", std::nullopt, "PE"}},
       {}},
      {"13_mexico_economia_tariffs.txt",
       {"MX", "CN", "KR", "IN"}, {}, {"2025-12-10", "2026-01-01", "2024"}, {"Luis Herrera Campos"},
       {{52e9, "USD"}}, {10, 50},
       {{"decision", "2025-12-11", "", {}}},
       {},
       {{"MX", "tariff", "", "neutral"}},
       {{"imports", 52e9, "USD", "2024", std::nullopt, ""}},
       {{"CN", "tariff"}},
       true},
      {"14_ec_steel_safeguard.txt",
       {}, {"EU"}, {"2025-06-27", "2025-07-01", "2018", "2026-06-30", "2024"}, {},
       {{28e9, "EUR"}}, {15, 25, 5},
       {{"decision", "2025-06-27", "Brussels", {}}},
       {},
       {{"EU", "safeguard", "steel", "neutral"}, {"EU", "tariff_rate_quota", "steel", "neutral"}},
       {{"imports", 28e9, "EUR", "2024", 5, ""}},
       {}},
      {"15_reuters_asean_ministers.txt",
       {"US", "MY"}, {"ASEAN"}, {"2025-09-23", "2026", "2024"}, {"Ahmad Faizal Rahman"},
       {{3.5e12, "USD"}}, {22},
       {{"meeting", "2025-09-23", "Kuala Lumpur", {}}, {"agreement", "2025-09-23", "Kuala Lumpur", {"ASEAN"}}},
       {{"agreement", "upgrade_concluded", {"ASEAN"}}, {"agreement", "negotiating", {"ASEAN"}}},
       {},
       {{"trade", 3.5e12, "USD", "2024", std::nullopt, ""}},
       {}},
      {"16_reuters_vietnam_trade.txt",
       {"VN", "US"}, {}, {"2025-10", "2025-11-06"}, {},
       {{37.0e9, "USD"}, {35.1e9, "USD"}, {1.9e9, "USD"}, {12.4e9, "USD"}}, {9.1, 12.4, 25.2},
       {{"statistics", "2025-11-06", "", {}}},
       {},
       {},
       {{"exports", 37.0e9, "USD", "2025-10", 9.1, ""},
        {"imports", 35.1e9, "USD", "2025-10", 12.4, ""},
        {"trade_balance", 1.9e9, "USD", "", std::nullopt, ""},
        {"exports", 12.4e9, "USD", "2025-10", 25.2, "US"}},
       {}},
      {"17_brazil_mercosur_uae.txt",
       {"AE", "BR"}, {"MERCOSUR"}, {"2025-12-15", "2024", "2023", "2026-H1"}, {},
       {{3.2e9, "USD"}}, {97, 14},
       {{"agreement", "2025-12-15", "", {"AE"}}},
       {{"cepa", "concluded", {"AE", "MERCOSUR"}}},
       {},
       {{"exports", 3.2e9, "USD", "2024", 14, "AE"}},
       {}},
      {"18_efta_thailand_in_force.txt",
       {"TH", "CH", "LI", "IS", "NO"}, {"EFTA"}, {"2026-10-01", "2025-01", "2025"}, {},
       {{12.5e9, "USD"}}, {},
       {{"agreement", "2026-10-01", "", {}}},
       {{"fta", "in_force", {"EFTA", "TH"}}},
       {},
       {{"trade", 12.5e9, "USD", "2025", std::nullopt, "TH"}},
       {}},
      // Decimal commas of Indonesian statistics.
      {"19_indonesia_decimal_comma.txt",
       {"ID", "IN"}, {}, {"2024-01"}, {"Zulkifli Hasan"},
       {{2.02e9, "USD"}, {3.32e9, "USD"}, {1.30e9, "USD"}, {1.28e9, "USD"}}, {},
       {},
       {},
       {},
       {{"trade_balance", 2.02e9, "USD", "2024-01", std::nullopt, ""}},
       {}},
      // Lower-case roles of wire copy; the meeting is where the sentence puts it, not the dateline.
      {"20_reuters_australia_counterpart.txt",
       {"AU", "CN"}, {}, {"2023-02-06"}, {"Don Farrell", "Wang Wentao"},
       {}, {},
       {{"meeting", "2023-02-06", "Beijing", {"CN"}}},
       {},
       {},
       {},
       {}},
      // "on Friday and Saturday" in a story dated Friday.
      {"21_apec_friday_saturday.txt",
       {"US", "CN", "TH"}, {"APEC"}, {"2022-11-18", "2022-11-19"}, {"Katherine Tai", "Wang Wentao"},
       {}, {},
       {{"meeting", "2022-11-18", "Bangkok", {}}},
       {},
       {},
       {},
       {}},
      // Deposits collected "as temporary anti-dumping measures" on goods of four listed countries.
      {"22_mofcom_cash_deposits.txt",
       {"CN", "JP", "US", "IR", "MX"}, {}, {"2004-03-25", "2003-05"}, {},
       {}, {},
       {},
       {},
       {{"CN", "anti_dumping", "", "neutral"}},
       {},
       {{"JP", "anti_dumping"}, {"US", "anti_dumping"}, {"IR", "anti_dumping"}, {"MX", "anti_dumping"}}},
      // "import and export turnover", ", of which", a change's base and the day the ministry spoke.
      {"23_vietnam_turnover_quarter.txt",
       {"VN"}, {}, {"2020-Q1", "2020-04-01"}, {},
       {{115.34e9, "USD"}, {59.08e9, "USD"}}, {0.7, 0.5},
       {},
       {},
       {},
       {{"trade", 115.34e9, "USD", "2020-Q1", -0.7, ""}, {"exports", 59.08e9, "USD", "2020-Q1", 0.5, ""}},
       {}},
      // "completed negotiations … for a free trade agreement"; "30pc".
      {"24_eu_nz_completed.txt",
       {"NZ"}, {"EU"}, {"2022-06-30"}, {"Ursula von der Leyen", "Jacinda Ardern"},
       {}, {30},
       {},
       {{"fta", "concluded", {"EU", "NZ"}}},
       {},
       {},
       {}},
      // "wrapped up their last round of talks"; two people joined by ", and" each keep their title.
      {"25_pakistan_gcc_wrapped_up.txt",
       {"PK"}, {"GCC"}, {"2023-09-29", "2023-09-26/2023-09-28"}, {"Gohar Ejaz", "Jasem Mohamed Albudaiwi"},
       {}, {},
       {},
       {{"fta", "concluded", {"GCC", "PK"}}},
       {},
       {},
       {}},
      // "will go into force on Oct 1"; "his Turkish counterpart Binali Yildirim".
      {"26_turkey_singapore_into_force.txt",
       {"TR", "SG"}, {}, {"2017-10-01", "2017-08-21"}, {"Lee Hsien Loong", "Binali Yildirim"},
       {}, {},
       {},
       {{"fta", "in_force", {"SG", "TR"}}},
       {},
       {},
       {}},
      // "will enter into force on May 1" after a recalled signing; a joined portfolio title.
      {"27_nz_eu_enter_into_force.txt",
       {"NZ"}, {"EU"}, {"2024-05-01", "2024-03-25", "2023-07", "2022"}, {"Todd McClay"},
       {{20.2e9, "NZD"}}, {},
       {{"agreement", "2024-05-01", "", {"EU"}}},
       {{"fta", "in_force", {"EU", "NZ"}}},
       {},
       {{"trade", 20.2e9, "NZD", "2022", std::nullopt, ""}},
       {},
       false,
       {},
       {},
       {{"Todd McClay", "Trade and Agriculture Minister"}}},
      // "…, signed on … and ratified by …, entered into force today"; a base's own period; a split year
      // is India's fiscal year, April to March.
      {"28_india_efta_tepa_in_force.txt",
       {"IN"}, {"EFTA"}, {"2024-03-10", "2025-10-01", "2024-04/2025-03", "2023-04/2024-03"}, {"Piyush Goyal"},
       {{100e9, "USD"}, {24.4e9, "USD"}, {18.6e9, "USD"}}, {},
       {{"agreement", "2025-10-01", "", {"EFTA"}}},
       {{"epa", "in_force", {"EFTA", "IN"}}},
       {},
       {{"trade", 24.4e9, "USD", "2024-04/2025-03", std::nullopt, "EFTA"}, {"trade", 18.6e9, "USD", "2023-04/2024-03", std::nullopt, ""}},
       {}},
      // Ringgit signs and a glued trillion ("RM1.07t"); "the first seven months of 2018" is January to July.
      {"29_miti_ringgit.txt",
       {"MY"}, {}, {"2018-09-05", "2018-01/2018-07", "2018-07"}, {},
       {{1.07e12, "MYR"}, {568.72e9, "MYR"}, {499.91e9, "MYR"}, {86.12e9, "MYR"}}, {6.1, 7.3, 4.8, 9.4},
       {},
       {},
       {},
       {{"trade", 1.07e12, "MYR", "2018-01/2018-07", 6.1, ""},
        {"exports", 568.72e9, "MYR", "", 7.3, ""},
        {"imports", 499.91e9, "MYR", "", 4.8, ""},
        {"exports", 86.12e9, "MYR", "2018-07", 9.4, ""}},
       {}},
      // "billion U.S. dollars" names a currency; "Feb. 26" opens a date, not a sentence.
      {"30_xinhua_malaysia_dollars.txt",
       {"MY", "CN"}, {}, {"2021-01", "2021-02-26"}, {},
       {{89.63e9, "MYR"}, {22.13e9, "USD"}, {73.02e9, "MYR"}, {13.11e9, "MYR"}}, {6.6, 1.3, 26},
       {{"statistics", "2021-02-26", "", {}}},
       {},
       {},
       {{"exports", 89.63e9, "MYR", "2021-01", 6.6, ""},
        {"imports", 73.02e9, "MYR", "2021-01", 1.3, ""},
        {"exports", 13.11e9, "MYR", "", 26, "CN"}},
       {},
       false,
       {"US"}},
      // "provisional duties" on goods "imported from the European Union".
      {"31_reuters_china_dairy_duties.txt",
       {"CN"}, {"EU"}, {"2025-12-22", "2025-12-23"}, {},
       {}, {21.9, 42.7},
       {},
       {},
       {{"CN", "trade_remedy", "agriculture_fisheries", "neutral"}},
       {},
       {{"EU", "trade_remedy"}}},
      // "in Cali, Colombia": a city the gazetteer need not know.
      {"32_gac_pacific_alliance_cali.txt",
       {"CA", "CO", "CL", "MX", "PE"}, {}, {"2017-10-22", "2017-10-23/2017-10-27"}, {},
       {}, {},
       {{"negotiation", "2017-10-23", "Cali", {}}},
       {},
       {},
       {},
       {}},
      // "increased by £1.2 billion to £8.1 billion"; "Business and Trade Secretary".
      {"33_uk_vietnam_moved_by.txt",
       {"GB", "VN"}, {}, {"2025-07-14", "2024"}, {"Douglas Alexander", "Nguyen Hoang Long", "Jonathan Reynolds"},
       {{8.1e9, "GBP"}}, {},
       {{"meeting", "2025-07-14", "", {"VN"}}},
       {},
       {},
       {{"trade", 8.1e9, "GBP", "2024", std::nullopt, ""}},
       {},
       false,
       {},
       {1.2e9},
       {{"Jonathan Reynolds", "Business and Trade Secretary"}}},
      // "582.4 billion yen ($5.1 billion)": the restated amount is no figure of its own.
      {"34_kyodo_japan_restated_yen.txt",
       {"JP"}, {}, {"2021-12", "2022-01-27", "2021", "2020"}, {},
       {{582.4e9, "JPY"}, {5.1e9, "USD"}, {1.47e12, "JPY"}}, {17.5, 41.1},
       {},
       {},
       {},
       {{"trade_balance", 582.4e9, "JPY", "2021-12", std::nullopt, ""},
        {"trade_balance", 1.47e12, "JPY", "2021", std::nullopt, ""}},
       {},
       false,
       {},
       {5.1e9}},
      // "128.12 billion ringgit (28.66 billion U.S. dollars)".
      {"35_xinhua_malaysia_restated_ringgit.txt",
       {"MY"}, {}, {"2024-10", "2024-11-19"}, {},
       {{128.12e9, "MYR"}, {28.66e9, "USD"}, {116.14e9, "MYR"}}, {1.6, 2.6, 9.3},
       {},
       {},
       {},
       {{"exports", 128.12e9, "MYR", "2024-10", 1.6, ""},
        {"imports", 116.14e9, "MYR", "", 2.6, ""}},
       {},
       false,
       {"US"},
       {28.66e9}},
      // "fell to USD 19.4 billion in September from USD 24.2 billion in August as imports
      // declined": the base is the deficit's, with its own month and no change.
      {"36_pti_india_deficit_base.txt",
       {"IN"}, {}, {"2023-09", "2023-08", "2023-10-13"}, {"Sunil Barthwal"},
       {{19.4e9, "USD"}, {24.2e9, "USD"}, {34.47e9, "USD"}}, {15, 2.6, 8.77},
       {},
       {},
       {},
       {{"trade_balance", 19.4e9, "USD", "2023-09", std::nullopt, ""},
        {"trade_balance", 24.2e9, "USD", "2023-08", std::nullopt, ""},
        {"exports", 34.47e9, "USD", "", -2.6, ""}},
       {},
       false,
       {},
       {},
       {{"Sunil Barthwal", "Commerce Secretary"}}},
      // An agency of known country acting, no country named: the Entity List is a US measure.
      {"37_bis_entity_list.txt",
       {"CN", "RU", "AE"}, {}, {}, {"Alan Estevez"},
       {}, {},
       {},
       {},
       {{"US", "export_control", "", ""}},
       {},
       {}},
      // Trade relations with the United States and China are the talks' subject, not partners.
      {"38_eu_ministers_subject_of_talks.txt",
       {"US", "CN", "PL"}, {"EU"}, {"2025-05-20", "2024"}, {"Michal Baranowski", "Maros Sefcovic"},
       {{867e9, "EUR"}}, {},
       {{"meeting", "2025-05-20", "Brussels", {"EU"}}},
       {},
       {},
       {},
       {},
       false,
       {},
       {},
       {},
       {"US", "CN"}},
      // Met on the sidelines of APEC in Lima, Peru: Peru hosts, Chile is the counterpart.
      {"39_yonhap_korea_chile_apec_lima.txt",
       {"KR", "CL", "PE"}, {}, {"2024-11-15", "2023"}, {"Ahn Duk-geun", "Claudia Sanhueza"},
       {{7.4e9, "USD"}}, {},
       {{"meeting", "2024-11-15", "Lima", {"CL"}}},
       {{"fta", "upgrade_negotiating", {"CL", "KR"}}},
       {},
       {{"trade", 7.4e9, "USD", "2023", std::nullopt, ""}},
       {},
       false,
       {},
       {},
       {},
       {"PE"}},
      // "DAVOS - The EFTA States - Iceland, … - and Thailand signed a free trade agreement";
      // "CHF 2.6 billion (US$2.9 billion)"; "the State Secretariat for Economic Affairs (SECO)".
      {"40_efta_thailand_davos.txt",
       {"TH", "IS", "LI", "NO", "CH"}, {"EFTA"}, {"2025-01-23", "2023"}, {"Guy Parmelin", "Pichai Naripthaphan"},
       {{2.6e9, "CHF"}, {2.9e9, "USD"}}, {},
       {{"agreement", "2025-01-23", "Davos", {"TH"}}},
       {{"fta", "signed", {"EFTA", "TH"}}},
       {},
       {{"exports", 2.6e9, "CHF", "2023", std::nullopt, "TH"}},
       {},
       false,
       {},
       {2.9e9}},
      // "Vice President and Minister of Development, Industry, Trade and Services Geraldo Alckmin".
      {"41_brazil_alckmin_appositive.txt",
       {"BR", "US"}, {}, {"2025-08-23"}, {"Geraldo Alckmin"},
       {{12e9, "BRL"}}, {50, 2.7},
       {},
       {},
       {{"US", "tariff", "", ""}},
       {},
       {{"BR", "tariff"}},  // "Brazil's average tariff on US goods is 2.7%": a statistic
       false,
       {},
       {},
       // Both titles as stated: no name stands between them.
       {{"Geraldo Alckmin", "Vice President and Minister of Development, Industry, Trade and Services"}}},
      // A WTO conference hosted in Abu Dhabi has no host partner; subsidies the Director-General
      // urges results on are the talks' subject, no counterpart's measure.
      {"42_reuters_wto_mc13_host.txt",
       {"AE", "US"}, {"EU"}, {"2024-02-26", "2024-02-29"}, {"Ngozi Okonjo-Iweala", "Katherine Tai"},
       {}, {},
       {{"conference", "2024-02-26", "Abu Dhabi", {}}},
       {},
       {},
       {},
       {{"US", "subsidy"}},
       false,
       {},
       {},
       {},
       {"AE"}},
      // A Hong Kong release's bare "$" is the Hong Kong dollar: the territory owns the figures
      // ("Hong Kong's total exports"), though it is named no more often than its markets.
      {"43_hk_census_bare_dollar.txt",
       {"HK", "IN"}, {}, {"2024-03", "2024-04-25"}, {},
       {{368.5e9, "HKD"}, {412.9e9, "HKD"}, {44.4e9, "HKD"}}, {4.8, 2.5, 14.2},
       {{"statistics", "2024-04-25", "", {}}},
       {},
       {},
       {{"exports", 368.5e9, "HKD", "2024-03", -4.8, ""}, {"trade_balance", 44.4e9, "HKD", "2024-03", std::nullopt, ""}},
       {},
       false,
       {},
       {},
       {}},
      // "From January to September" in October is this year's; the title's surplus is a release
      // of figures.
      {"44_bps_indonesia_month_range.txt",
       {"ID", "US", "IN", "AU"}, {}, {"2023-09", "2023-10-16", "2020-05", "2023-01/2023-09"},
       {"Amalia Adininggar Widyasanti"},
       {{3.42e9, "USD"}, {27.75e9, "USD"}, {387e6, "USD"}}, {30.36},
       {{"statistics", "2023-10-16", "", {}}},
       {},
       {},
       {{"trade_balance", 3.42e9, "USD", "2023-09", std::nullopt, ""},
        {"trade_balance", 27.75e9, "USD", "2023-01/2023-09", -30.36, ""},
        {"trade_balance", 1.15e9, "USD", "", std::nullopt, "US"}},
       {}},
      // The AfCFTA, known by its short name, is the African Union members' agreement.
      {"45_afcfta_in_force.txt",
       {"RW"}, {"AFRICAN_UNION", "AFRICA"}, {"2019-05-30", "2018-03-21", "2022"}, {},
       {}, {90, 52},
       {{"agreement", "2019-05-30", "", {}}},
       {{"fta", "in_force", {"AFRICAN_UNION"}}},
       {},
       {},
       {}},
      // A known agreement's parties are its own, not the host's too.
      {"46_afcfta_trading_accra.txt",
       {"GH"}, {"AFRICA"}, {"2021-01-01"}, {"Wamkele Mene", "Nana Akufo-Addo"},
       {}, {15},
       {},
       {{"fta", "in_force", {"AFRICAN_UNION"}}},
       {},
       {},
       {}},
      {"47_asean_secretariat_total_trade.txt",
       {"CN", "US"}, {"ASEAN"}, {"2022"}, {},
       {{3.8e12, "USD"}, {722e9, "USD"}, {224e9, "USD"}}, {14.9, 22.3, 5.5},
       {},
       {},
       {},
       {{"trade", 3.8e12, "USD", "2022", 14.9, ""}},
       {}},
      // "The average tariff applied by the EU … is 1.7%": a statistic, no EU tariff measure.
      {"48_eurostat_average_tariff.txt",
       {}, {"EU"}, {"2023-12", "2022-12"}, {},
       {{16.8e9, "EUR"}, {209.8e9, "EUR"}, {2.9e9, "EUR"}}, {3.6, 1.7},
       {},
       {},
       {},
       {{"exports", 209.8e9, "EUR", "", -3.6, ""}},
       {{"EU", "tariff"}, {"LU", "tariff"}}},
      // The initiation the title reports is the decision of the day, not the duties the release
      // recalls from April 2016.
      {"49_adc_initiation_background_duties.txt",
       {"AU", "ID", "KR", "VN", "CN"}, {}, {"2016-04"}, {},
       {}, {30.6},
       {{"decision", "2017-06-12", "", {"ID", "KR", "VN"}}},
       {},
       {{"AU", "anti_dumping", "", ""}},
       {},
       {}},
      // The agency's dumping investigation is Canada's anti-dumping case; the Special Import
      // Measures Act it runs under is no import restriction.
      {"50_cbsa_wire_rod_sima.txt",
       {"CA", "CN", "EG", "VN"}, {}, {"2024-03-08"}, {},
       {}, {},
       {{"decision", "2024-03-08", "", {"CN", "EG", "VN"}}},
       {},
       {{"CA", "anti_dumping", "", ""}},
       {},
       {{"CA", "import_restriction"}}},
      // "will conclude negotiations on a free trade agreement on Friday": the coming Friday,
      // however long the clause between "will" and the weekday.
      {"51_reuters_uk_vietnam_fta_friday.txt",
       {"VN", "GB"}, {}, {"2020-12-11", "2020-12-09"}, {"Liz Truss", "Tran Tuan Anh"},
       {}, {},
       {},
       {{"fta", "negotiating", {"GB", "VN"}}},
       {},
       {},
       {},
       false,
       {},
       {},
       {{"Liz Truss", "International Trade Secretary"}}},
      // An uncredited newspaper dateline whose lede is "Malaysia's exports …": Malaysia reports,
      // and "trade with China" is its trade with a partner.
      {"52_miti_trade_with_china.txt",
       {"MY", "CN"}, {}, {"2019-03", "2010-04", "2019-05-03"}, {"Julia Goh"},
       {{25.44e9, "MYR"}}, {26.2, 16.5, 13.6},
       {},
       {},
       {},
       {{"trade", 25.44e9, "MYR", "2019-03", 13.6, "CN", "MY"}}},
      // "South Korea's exports …" after "SEOUL - ": Korea's figures, though U.S. tariffs and the
      // United States are named more often.
      {"53_customs_exports_us_tariffs.txt",
       {"KR", "US", "CN"}, {}, {"2025-09-01/2025-09-20", "2025-09-22"}, {},
       {{40.1e9, "USD"}, {38.2e9, "USD"}}, {13.5, 10.6, 27, 6.1, 1.6, 9.9},
       {{"statistics", "2025-09-22", "", {}}},
       {},
       {},
       {{"imports", 38.2e9, "USD", "", 9.9, "", "KR"}, {"exports", 40.1e9, "USD", "", std::nullopt, "", "KR"}}},
      // A portfolio before "Secretary" is the title's ("U.S. Treasury Secretary Scott Bessent").
      {"54_reuters_stockholm_truce.txt",
       {"US", "CN"}, {}, {"2025-07-29", "2025-08-12"}, {"Scott Bessent", "He Lifeng", "Donald Trump"},
       {}, {},
       {{"meeting", "2025-07-29", "Stockholm", {"CN"}}},
       {},
       {},
       {},
       {},
       false,
       {},
       {},
       {{"Scott Bessent", "Treasury Secretary"}, {"He Lifeng", "Vice Premier"}}},
      // "the Minister for Trade and Tourism, Senator the Hon Don Farrell": the rank and the form
      // of address stand between the title and the name.
      {"55_dfat_ayres_senator_the_hon.txt",
       {"AU", "GB", "FR"}, {}, {"2023-05-31", "2023-06-07/2023-06-08"}, {"Tim Ayres", "Don Farrell"},
       {{2e6, "AUD"}}, {},
       {},
       {{"fta", "in_force", {"AU", "GB"}}},
       {},
       {},
       {},
       false,
       {},
       {},
       {{"Don Farrell", "Minister for Trade and Tourism"}, {"Tim Ayres", "Assistant Minister for Trade"}}},
      // "Minister of Commerce and Industry Sheikh Mohammed …": Sheikh is a form of address, and
      // the portfolio before it stays the minister's title.
      {"56_spa_gcc_sheikh_minister.txt",
       {"SA", "OM", "QA", "KW"}, {"GCC"}, {}, {"Majid Al-Qasabi", "Jasem Mohamed Al-Budaiwi",
                                              "Mohammed bin Hamad Al-Thani", "Mohammed Al-Aiban"},
       {}, {},
       {{"meeting", "2023-11-06", "Muscat", {"GCC"}}},
       {},
       {},
       {},
       {},
       false,
       {},
       {},
       {{"Mohammed bin Hamad Al-Thani", "Minister of Commerce and Industry"},
        {"Jasem Mohamed Al-Budaiwi", "Secretary General"}}},
      // "Minister of Trade, Industry and Tourism German Umana": the adjective that starts the name
      // is the name's, not the title's. The visit "runs until Wednesday": that Wednesday is ahead, and
      // the visit is dated by its Monday.
      {"57_colombia_cuba_adjective_name.txt",
       {"CU", "CO"}, {}, {"2023-02-20", "2023-02-22", "2001-07"}, {"Rodrigo Malmierca", "German Umana", "Carmen Caballero"},
       {}, {},
       {{"visit", "2023-02-20", "", {"CO"}}},
       {{"agreement", "in_force", {"CO", "CU"}}},
       {},
       {},
       {},
       false,
       {},
       {},
       {{"German Umana", "Minister of Trade, Industry and Tourism"}, {"Rodrigo Malmierca", "Minister of Foreign Trade"}}},
      // Two ministers' talks during a prime minister's visit: the talks are dated by their day, the
      // forum by its range of days; each minister keeps the title before the name.
      {"58_vna_vietnam_china_talks.txt",
       {"VN", "CN"}, {}, {"2023-06-28", "2023-06-25/2023-06-28"}, {"Nguyen Hong Dien", "Wang Wentao", "Pham Minh Chinh"},
       {}, {},
       {{"meeting", "2023-06-28", "", {"CN"}}},
       {},
       {},
       {},
       {},
       false,
       {},
       {},
       {{"Nguyen Hong Dien", "Minister of Industry and Trade"}, {"Wang Wentao", "Minister of Commerce"}}},
      // "NEW DELHI - The government has imposed …": the dateline names the imposer; China and the
      // Gulf states are where the goods come from.
      {"70_pti_india_unnamed_government.txt",
       {"CN", "IR", "OM", "SA", "AE"}, {}, {}, {},
       {}, {},
       {{"decision", "2021-12-26", "New Delhi", {"CN"}}},
       {},
       {{"IN", "anti_dumping", "", "neutral"}},
       {},
       {{"CN", "anti_dumping"}, {"AE", "anti_dumping"}},
       false,
       {},
       {},
       {},
       {"IN"}},
      // "China and Mexico had dumped …": the dumping side is the target, the department the imposer.
      {"71_reuters_us_structural_steel.txt",
       {"US", "CN", "MX", "CA"}, {}, {"2019-09-04"}, {},
       {}, {141, 31},
       {{"decision", "2019-09-04", "", {"CN", "MX"}}},
       {},
       {{"US", "anti_dumping", "steel", ""}},
       {},
       {{"MX", "anti_dumping"}, {"CN", "anti_dumping"}}},
      // "retreated 6.4 percent" signs the change of exports to China.
      {"72_xinhua_japan_retreated.txt",
       {"JP", "CN"}, {}, {"2020-01", "2020-02-19"}, {},
       {{1.31e12, "JPY"}, {5.43e12, "JPY"}, {896.57e9, "JPY"}}, {2.6, 3.6, 6.4},
       {{"statistics", "2020-02-19", "", {}}},
       {},
       {},
       {{"trade_balance", 1.31e12, "JPY", "2020-01", std::nullopt, "", "JP"},
        {"exports", 5.43e12, "JPY", "", -2.6, "", "JP"},
        {"exports", 896.57e9, "JPY", "", -6.4, "CN", "JP"}},
       {},
       false,
       {},
       {11.88e9}},
      // Investment "came from Singapore", "from Mauritius": FDI by source. "The first half of the
      // current fiscal" is no calendar half (tests/cases/dates.tsv): the figure has no period.
      {"73_et_india_fdi_sources.txt",
       {"IN", "SG", "MU", "JP"}, {}, {}, {},
       {{16.6e9, "USD"}, {6.69e9, "USD"}, {3.66e9, "USD"}, {815e6, "USD"}}, {13},
       {},
       {},
       {},
       {{"fdi", 16.6e9, "USD", "", std::nullopt, "", "IN"},
        {"fdi", 6.69e9, "USD", "", std::nullopt, "IN", "SG"},
        {"fdi", 3.66e9, "USD", "", std::nullopt, "IN", "MU"}}},
      // The two agreement nouns of one name ("Agreement for Trans-Pacific Partnership") are one.
      {"74_ap_cptpp_signed.txt",
       {"CL", "JP", "AU", "VN"}, {"CPTPP"}, {"2018-03-08"}, {"Toshimitsu Motegi"},
       {}, {},
       {{"agreement", "2018-03-08", "Santiago", {}}},
       {{"agreement", "signed", {"CPTPP"}}}},
      // "signed a free trade agreement with Panama, Honduras, …": one pact with all five and the signer.
      {"80_ians_korea_central_america_signed.txt",
       {"KR", "PA", "HN", "NI", "SV", "CR"}, {}, {"2018-02-21", "2015-06"}, {"Kim Hyun-chong"},
       {}, {95},
       {{"agreement", "2018-02-21", "Seoul", {"PA", "HN", "CR"}}},
       {{"fta", "signed", {"CR", "HN", "KR", "NI", "PA", "SV"}}}},
      // "exports … are expected to reach RM1 trillion": a forecast, no indicator; the stated figures are.
      {"81_bernama_matrade_forecast.txt",
       {"MY"}, {}, {"2022-01/2022-07"}, {},
       {{1e12, "MYR"}, {873.07e9, "MYR"}}, {12},
       {},
       {},
       {},
       {{"exports", 873.07e9, "MYR", "2022-01/2022-07", std::nullopt, "", "MY"},
        {"imports", 734.51e9, "MYR", "2022-01/2022-07", std::nullopt, "", "MY"}},
       {},
       false,
       {},
       {1e12}},
      // "extra-EU28 exports": the Union by its member count.
      {"82_eurostat_extra_eu28.txt",
       {}, {"EU"}, {"2018-05", "2017-05"}, {},
       {{16.5e9, "EUR"}, {160.9e9, "EUR"}}, {2.8, 2.7},
       {},
       {},
       {},
       {{"trade_balance", 16.5e9, "EUR", "2018-05", std::nullopt},
        {"exports", 160.9e9, "EUR", "2018-05", -2.7}}},
      // "SINGAPORE: … will be in the United States from Wednesday (Oct 6) to Saturday": a dateline
      // before a colon; the Saturday ahead closes one visit to the US, spoken for by Singapore.
      {"90_cna_singapore_colon_dateline_visit.txt",
       {"US", "SG"}, {"ASEAN"}, {"2021-10-06", "2021-10-09", "2019"}, {"Gan Kim Yong", "Gina Raimondo", "Katherine Tai"},
       {{428e9, "SGD"}}, {},
       {{"visit", "2021-10-06", "", {"US"}}},
       {},
       {},
       {},
       {},
       true,
       {},
       {},
       {{"Gan Kim Yong", "Minister for Trade and Industry"}},
       {"SG"}},
      // "The CEPA talks, which run until Friday": the Friday ahead ends the round, which the
      // release's day dates.
      {"91_jakglobe_talks_run_until_friday.txt",
       {"ID", "CA"}, {}, {"2024-11-08", "2024-01/2024-08"}, {"Djatmiko Bris Witjaksono"},
       {{2.4e9, "USD"}}, {},
       {{"negotiation", "2024-11-06", "", {"CA"}}},
       {{"cepa", "negotiating", {"CA", "ID"}}},
       {},
       {{"trade", 2.4e9, "USD", "2024-01/2024-08", std::nullopt, "CA", "ID"}}},
      // "signed … a JETCO protocol and an MoU": the MoU of the two governments whose ministers
      // sign it; the ISTANBUL dateline and the Turkish minister who opens the lede speak, the UK
      // is the counterpart.
      {"92_trt_turkiye_uk_protocol_and_mou.txt",
       {"TR", "GB"}, {}, {"2024-01-05", "2023"}, {"Omer Bolat", "Kemi Badenoch"},
       {{19e9, "USD"}, {12.4e9, "USD"}}, {},
       {{"agreement", "2024-01-05", "Istanbul", {"GB"}}},
       {{"mou", "signed", {"GB", "TR"}}}},
      // "The Office of the U.S. Trade Representative welcomed the tariffs": the U.S. voices a stance
      // on Mexico's tariffs, it imposes none.
      {"100_smu_mexico_non_fta_tariffs.txt",
       {"MX", "US"}, {}, {"2023-08-16"}, {},
       {}, {25, 10},
       {},
       {},
       {{"MX", "tariff", "steel", "neutral"}},
       {},
       {{"US", "tariff"}}},
      // "may receive over $30 billion", "FDI could top $30 billion": forecasts; the FDI received in
      // seven months is a stated figure.
      {"101_rediff_india_fdi_could_top.txt",
       {"IN"}, {}, {"2009-01-19", "2008-04/2009-03"}, {"Kamal Nath"},
       {{30e9, "USD"}, {18.7e9, "USD"}}, {},
       {},
       {},
       {},
       {{"fdi", 18.7e9, "USD", "2008-04/2009-03", std::nullopt}},
       {},
       false,
       {},
       {30e9}},
      // "GECEX approved anti-dumping duties … ranging from $257.97 to $341.28 per tonne": Brazil's
      // anti-dumping measure on steel; a duty per tonne is no import figure.
      {"102_steelorbis_brazil_gecex_per_tonne.txt",
       {"BR", "CN"}, {}, {}, {},
       {{257.97, "USD"}, {341.28, "USD"}}, {12.5, 25},
       {},
       {},
       {{"BR", "anti_dumping", "steel", "neutral"}},
       {},
       {{"CN", "anti_dumping"}},
       false,
       {},
       {257.97, 341.28}},
      // "The governments of Saudi Arabia and Pakistan signed a memorandum of understanding": the
      // pair that signs is the MOU's parties.
      {"110_saudi_pakistan_sme_mou.txt",
       {"SA", "PK"}, {}, {"2024-02-05"}, {},
       {}, {},
       {{"agreement", "2024-02-05", "Riyadh", {}}},
       {{"mou", "signed", {"PK", "SA"}}},
       {},
       {}},
      // "talks on a free trade area between Ukraine and the European Union formally began" under
      // "Ukraine, EU start talks …": the talks' opening session, a negotiation; "aims to reach a
      // political decision … by September" in February is the coming September.
      {"111_ukraine_eu_free_trade_area_talks.txt",
       {"UA"}, {"EU"}, {"2008-02-18", "2008-09"}, {"Viktor Yushchenko", "Peter Mandelson"},
       {}, {},
       {{"negotiation", "2008-02-18", "Kyiv", {"EU"}}},
       {{"fta", "negotiating", {"EU", "UA"}}},
       {},
       {}},
      // "concluded free trade negotiations on Tuesday" is the Thailand–EFTA FTA concluded; "The last
      // round of talks, held in February" in November is the February before.
      {"112_thailand_efta_concluded_held_in.txt",
       {"TH"}, {"EFTA"}, {"2024-11-26", "2024-02", "2025"}, {},
       {}, {},
       {{"agreement", "2024-11-26", "Geneva", {"EFTA"}}},
       {{"fta", "concluded", {"EFTA", "TH"}}},
       {},
       {}},
      // Nepal's "Rs" is the Nepalese rupee, in figures and in the deficit with India.
      {"120_rss_nepal_rupee_deficit.txt",
       {"NP", "IN"}, {}, {"2019-06-21"}, {},
       {{1314e9, "NPR"}, {139e9, "NPR"}, {1453e9, "NPR"}, {813e9, "NPR"}}, {1.95},
       {{"statistics", "2019-06-21", "", {}}},
       {},
       {},
       {{"trade_balance", 1314e9, "NPR", ""}, {"imports", 1453e9, "NPR", ""},
        {"trade_balance", 813e9, "NPR", "", std::nullopt, "IN"}}},
      // "DR Congo" is CD, not the Congo; the council met "in Arusha"; "remove tariff and non-tariff
      // barriers" takes no tariff.
      {"121_dailynews_eac_dr_congo_arusha.txt",
       {"TZ", "KE", "UG", "RW", "BI", "CD", "SS"}, {"EAC"}, {}, {"Exaud Kigahe", "William Anyuon Kuol"},
       {}, {},
       {{"meeting", "2024-06-03", "Arusha", {"EAC"}}},
       {},
       {},
       {},
       {{"EAC", "tariff"}},
       false,
       {"CG"}},
      // "will officially launch trade … under the African Continental Free Trade Area (AfCFTA)
      // Agreement on Thursday" is the coming Thursday; "State Minister of Trade and Regional
      // Integration Yasmin Wohabrebbi" is a person with her portfolio.
      {"122_xinhua_ethiopia_will_launch_thursday.txt",
       {"ET", "KE", "SO", "ZA"}, {}, {"2025-10-08", "2025-10-09", "2025-10-07", "2019"}, {"Yasmin Wohabrebbi"},
       {}, {},
       {},
       {},
       {},
       {},
       {},
       false,
       {},
       {},
       {{"Yasmin Wohabrebbi", "State Minister of Trade and Regional Integration"}}},
      // "Operating under the Ministry of Commerce since 2000, the NTC has … imposed anti-dumping
      // duties": the commission after an opening phrase is the sentence's subject, Pakistan's own
      // body, so the duties are Pakistan's; the countries the dumped goods come from impose none.
      // "Rs40 billion" in a Pakistani story is Pakistani rupees.
      {"123_brecorder_pakistan_ntc_opening_phrase.txt",
       {"PK", "CN", "AE", "JO", "LK"}, {}, {}, {"Khizar Hayat"},
       {{40e9, "PKR"}}, {},
       {},
       {},
       {{"PK", "anti_dumping", "", "neutral"}},
       {},
       {{"CN", "anti_dumping"}, {"LK", "anti_dumping"}}},
      // "Anti-dumping and countervailing duties will therefore be collected by the Canada Border
      // Services Agency": the passive's agent, Canada's own body, takes both measures; the
      // Tribunal's finding of injury is the decision.
      {"140_citt_cold_reduced_collected_by.txt",
       {"CA", "CN", "KR", "VN"}, {}, {"2018-12-21", "2019-01-07"}, {},
       {}, {},
       {{"decision", "2018-12-21", "", {"CN", "KR", "VN"}}},
       {},
       {{"CA", "anti_dumping", "", "neutral"}, {"CA", "trade_remedy", "", "neutral"}},
       {}},
      // "a trade surplus of US$31.2 billion with the U.S. and US$12.6 billion with the EU": each
      // amount's own counterpart.
      {"141_vgp_vietnam_surplus_with_the_eu.txt",
       {"VN", "US", "CN"}, {"EU"}, {"2023-05", "2023-01/2023-05"}, {},
       {{9.8e9, "USD"}, {2.24e9, "USD"}, {12.6e9, "USD"}}, {5.3, 12.3, 11.6, 17.9},
       {{"statistics", "2023-05-29", "", {}}},
       {},
       {},
       {{"trade_balance", 31.2e9, "USD", "", std::nullopt, "US", "VN"},
        {"trade_balance", 12.6e9, "USD", "", std::nullopt, "EU", "VN"},
        {"trade_balance", 23.6e9, "USD", "", std::nullopt, "CN", "VN"},
        {"exports", 136.17e9, "USD", "2023-01/2023-05", -11.6}}},
      // "the United Nations Conference on Trade and Development (UNCTAD) said on Wednesday in its
      // World Investment Report": a body's name, no conference; the release is of figures.
      {"142_ians_unctad_conference_on.txt",
       {}, {}, {"2017", "2018-06-06", "2018"}, {"Mukhisa Kituyi"},
       {{1.43e12, "USD"}, {671e9, "USD"}}, {23, 37, 10},
       {{"statistics", "2018-06-06", "", {}}},
       {},
       {},
       {{"fdi", 1.43e12, "USD", "2017", -23.0}}},
      // "The ninth round of trade talks with Chile will open today in Miami, Florida … This round of
      // negotiations will conclude on December 4": one round, in Miami (not the Washington
      // dateline), running to December 4.
      {"150_ustr_chile_round_runs_on_in_miami.txt",
       {"US", "CL"}, {}, {"2001-11-27", "2001-12-04"}, {},
       {}, {},
       {{"negotiation", "2001-11-27", "Miami", {"CL"}}}},
      // "The first round of NAFTA negotiations has wrapped up … The countries head to Mexico City for
      // the second round, from Sept. 1 to 5": the next round is a negotiation of its own. The city
      // alone does not name Mexico (GUIDELINES), though it places the round there.
      {"151_nafta_next_rounds_by_number.txt",
       {"CA"}, {}, {"2017-09-01/2017-09-05"}, {},
       {}, {},
       {{"negotiation", "2017-08-20", "Washington", {}}, {"negotiation", "2017-09-01", "Mexico City", {}}},
       {{"fta", "negotiating", {"CA", "MX", "US"}}}},
      // "met with Indian Minister … Anand Sharma in Brunei Darussalam today on the margins of the
      // meeting of the Economic Ministers of the Association of Southeast Asian Nations (ASEAN)":
      // the meeting is with India; Brunei is where, ASEAN the occasion.
      {"152_ustr_meeting_on_the_margins.txt",
       {"US", "IN", "BN"}, {"ASEAN"}, {"2013-08-20"}, {"Michael Froman", "Anand Sharma"},
       {}, {},
       {{"meeting", "2013-08-20", "Bandar Seri Begawan", {"IN"}}},
       {}, {}, {}, {}, false, {}, {}, {},
       {"ASEAN", "BN"}},
      // "down $0.2 billion from $55.3 billion", "$4.4 billion less than May exports", "decreased $0.8
      // billion to $75.1 billion": how far a figure moved is no figure; the levels are.
      {"170_census_us_amount_moved_by.txt",
       {"US"}, {}, {"2019-06", "2019-05", "2019-08-02", "2019-09-04"}, {},
       {{55.2e9, "USD"}, {0.2e9, "USD"}, {23.2e9, "USD"}}, {7.9},
       {{"statistics", "2019-08-02", "", {}}},
       {}, {},
       {{"trade_balance", 55.2e9, "USD", "2019-06"}, {"trade_balance", 55.3e9, "USD", "2019-05"},
        {"exports", 206.3e9, "USD"}, {"imports", 261.5e9, "USD"}, {"trade_balance", 75.1e9, "USD"},
        {"trade_balance", 53.9e9, "USD", "2019-04/2019-06"}},
       {}, false, {},
       {0.2e9, 4.4e9, 4.6e9, 0.8e9, 0.6e9, 23.2e9, 1.1e9}},
      // "$55.37 billion (Rs 4,14,832.20 crore)": a rupee amount grouped in lakhs and crores is one
      // number, restating the dollar figure before it.
      {"171_india_lakh_grouped_crore.txt",
       {"IN"}, {}, {"2021-10", "2020-10", "2021-04/2021-10", "2021-11-15"}, {},
       {{4148322e6, "INR"}, {2502999.3e6, "INR"}, {55.37e9, "USD"}}, {42.3, 62.5, 54.5},
       {{"statistics", "2021-11-15", "", {}}},
       {}, {},
       {{"exports", 35.47e9, "USD", "2021-10", 42.3}, {"imports", 55.37e9, "USD", "2021-10"},
        {"trade_balance", 19.9e9, "USD", "2021-10"}, {"trade_balance", 98.71e9, "USD", "2021-04/2021-10"}},
       {}, false, {},
       {4148322e6, 2502999.3e6}},
      // "The initial estimate for August released last month had shown a deficit of $1.1 billion": the
      // month the estimate came out dates no figure; August does.
      {"172_statcan_released_last_month.txt",
       {"CA", "US"}, {}, {"2024-09", "2024-08", "2024-10", "2024-Q3"}, {"Shelly Kaushik"},
       {{1.3e9, "CAD"}, {63.9e9, "CAD"}}, {0.1, 0.4},
       {{"statistics", "2024-11-05", "", {}}},
       {}, {},
       {{"trade_balance", 1.3e9, "CAD", "2024-09"}, {"trade_balance", 1.5e9, "CAD", "2024-08"},
        {"trade_balance", 1.1e9, "CAD", "2024-08"}, {"exports", 63.9e9, "CAD", "", -0.1},
        {"imports", 65.1e9, "CAD", "", -0.4}, {"trade_balance", 8.3e9, "CAD", "2024-09", std::nullopt, "US"}}},
      // "Singapore was the top investor with USD 5.7 billion, followed by Mauritius (USD 2.4 billion),
      // the UAE (USD 2.2 billion)": each source its own amount of FDI into India; inflows "including
      // re-invested earnings" are FDI.
      {"173_dpiit_india_top_investors.txt",
       {"IN", "SG", "MU", "AE", "US", "JP"}, {}, {"2022-04/2022-06", "2021"}, {},
       {{16.59e9, "USD"}, {851e6, "USD"}}, {6},
       {{"statistics", "2022-08-31", "", {}}},
       {}, {},
       {{"fdi", 16.59e9, "USD", "2022-04/2022-06", -6.0}, {"fdi", 22.34e9, "USD"},
        {"fdi", 5.7e9, "USD", "", std::nullopt, "IN", "SG"}, {"fdi", 2.4e9, "USD", "", std::nullopt, "IN", "MU"},
        {"fdi", 2.2e9, "USD", "", std::nullopt, "IN", "AE"}, {"fdi", 1.5e9, "USD", "", std::nullopt, "IN", "US"},
        {"fdi", 851e6, "USD", "", std::nullopt, "IN", "JP"}}},
      // "during the first two months (July-August) of the current fiscal year (FY23)": Pakistan's
      // fiscal year runs July to June and FY23 ends in 2023, so the months are July and August
      // 2022, not a calendar January and February; "last fiscal year" is 2021-22.
      {"190_pbs_pakistan_fy23_first_two_months.txt",
       {"PK"}, {}, {"2022-07/2022-08", "2021-07/2022-06", "2022-08", "2022-07"}, {},
       {{6.269e9, "USD"}, {4.759e9, "USD"}, {11.02e9, "USD"}}, {17.13, 3.75, 9.25, 28.89, 11.44},
       {{"statistics", "2022-09-02", "", {}}},
       {}, {},
       {{"trade_balance", 6.269e9, "USD", "2022-07/2022-08"},
        {"exports", 4.759e9, "USD", "2022-07/2022-08", 3.75},
        {"imports", 11.02e9, "USD", "2022-07/2022-08", -9.25},
        {"trade_balance", 3.53e9, "USD", "2022-08", 28.89}}},
      // Vietnam's statistics office: "between January and September", "in January-September" and
      // "the first nine months of 2020" are one period; September alone is the month's figure.
      {"191_gso_vietnam_january_september.txt",
       {"VN"}, {}, {"2020-01/2020-09", "2020-09"}, {},
       {{388.73e9, "USD"}, {16.9e9, "USD"}, {27.5e9, "USD"}}, {4.2, 1.8, 0.8, 0.7},
       {{"statistics", "2020-09-29", "", {}}},
       {}, {},
       {{"trade", 388.73e9, "USD", "2020-01/2020-09", 1.8},
        {"trade_balance", 16.9e9, "USD", "2020-01/2020-09"},
        {"exports", 27.5e9, "USD", "2020-09", -0.7}}},
      // TurkStat: "the first three quarters of 2017" are January to September; the September
      // figures carry the month.
      {"192_turkstat_turkey_first_nine_months.txt",
       {"TR", "DE"}, {}, {"2017-01/2017-09", "2017-09", "2017-10-31"}, {},
       {{115e9, "USD"}, {284e9, "USD"}, {53.8e9, "USD"}}, {10.5, 13.4, 15.5, 85, 8.7, 30.6},
       {{"statistics", "2017-10-31", "", {}}},
       {}, {},
       {{"exports", 115e9, "USD", "2017-01/2017-09", 10.5},
        {"trade", 284e9, "USD", "2017-01/2017-09", 13.4},
        {"exports", 11.8e9, "USD", "2017-09", 8.7},
        {"exports", 11e9, "USD", "2017-01/2017-09", std::nullopt, "DE"}}},
      // "The Executive Management Committee (Gecex) of Brazil's Foreign Trade Chamber (Camex) has
      // extended for up to five years the definitive anti-dumping duty on imports … from South Korea
      // and France": extending the duty takes it; the two origins are its targets.
      {"160_mdic_gecex_extends_duty_camex.txt",
       {"BR", "KR", "FR"}, {}, {"2024-08-09"}, {"Geraldo Alckmin"},
       {{0.15, "USD"}, {0.97, "USD"}}, {},
       {{"decision", "2024-08-09", "Brasilia", {"KR", "FR"}}},
       {},
       {{"BR", "anti_dumping", "", "neutral"}},
       {},
       {{"KR", "anti_dumping"}, {"FR", "anti_dumping"}}},
      // "… after meeting Moroccan Secretary of State in charge of Foreign Trade Omar Hejira": the
      // portfolio after "in charge of" is the title's, the name after it a person's.
      {"161_egypt_morocco_secretary_in_charge_of.txt",
       {"EG", "MA"}, {"AFRICA"}, {}, {"Hassan El-Khatib", "Omar Hejira"},
       {}, {},
       {{"meeting", "2025-05-14", "Cairo", {"MA"}}},
       {}, {}, {}, {}, false, {}, {},
       {{"Omar Hejira", "Secretary of State in charge of Foreign Trade"},
        {"Hassan El-Khatib", "Minister of Investment and Foreign Trade"}}},
      // "Cameroon's Minister of Territorial Administration Paul Atanga Nji": a portfolio word, not
      // the start of a name; the meetings on Sunday in Istanbul are with each counterpart.
      {"162_aa_comcec_territorial_administration.txt",
       {"TR", "GM", "PS", "CM", "SA"}, {}, {"2024-11-03"},
       {"Ömer Bolat", "Paul Atanga Nji", "Majid bin Abdullah Al-Qasabi"},
       {{10e9, "USD"}, {30e9, "USD"}}, {},
       {{"meeting", "2024-11-03", "Istanbul", {"SA", "CM"}}},
       {}, {}, {}, {}, false, {}, {},
       {{"Paul Atanga Nji", "Minister of Territorial Administration"}}},
      // "HE Qais bin Mohammed al Yousef", "HH Sayyid Asaad bin Tarik al Said", "… Cooperation
      // Affairs, and HE Sultan bin Salim al Habsi, Minister of Finance": forms of address without
      // stops, no part of a name or a title.
      {"163_oman_india_he_hh_forms_of_address.txt",
       {"OM", "IN"}, {}, {"2025-01-27", "2025-01-28"},
       {"Qais bin Mohammed al Yousef", "Piyush Goyal", "Sayyid Asaad bin Tarik al Said", "Sultan bin Salim al Habsi"},
       {{8.94e9, "USD"}}, {},
       {}, {}, {}, {}, {}, false, {}, {},
       {{"Qais bin Mohammed al Yousef", "Minister of Commerce, Industry and Investment Promotion"},
        {"Sayyid Asaad bin Tarik al Said", "Deputy Prime Minister for International Relations and Cooperation Affairs"},
        {"Sultan bin Salim al Habsi", "Minister of Finance"}}},
      // "The Government of Canada today announced the final list of steel and aluminum products from
      // China that will be subject to a 25 per cent surtax": Canada takes the surtax; China is where
      // the goods come from.
      {"180_finance_canada_subject_to_surtax.txt",
       {"CA", "CN"}, {}, {"2024-10-22", "2024-10-01", "2023"}, {"Chrystia Freeland", "Mary Ng"},
       {{1.3e9, "CAD"}}, {25, 100},
       {},
       {},
       {{"CA", "tariff", "steel", "neutral"}},
       {},
       {{"CN", "tariff"}},
       false, {}, {},
       {{"Chrystia Freeland", "Deputy Prime Minister and Minister of Finance"}}},
      // "CANBERRA - The Anti-Dumping Commission has initiated a review …, the commission said": the
      // commission is Australia's, not the European Commission; Australia imposes the duties and is
      // no partner of its own review.
      {"181_adc_australia_commission_not_eu.txt",
       {"AU", "CN"}, {}, {"2017-05-16", "2013-08", "2017-07-26"}, {"Dale Seymour"},
       {}, {},
       {{"decision", "2017-05-16", "Canberra", {"CN"}}},
       {},
       {{"AU", "anti_dumping", "steel", "neutral"}},
       {},
       {{"EU", "anti_dumping"}},
       false, {}, {},
       {{"Dale Seymour", "Commissioner"}},
       {"AU"}},
      // "Indonesia will appeal a World Trade Organization ruling … over its 2020 ban on exports of
      // nickel ore, President Joko Widodo said on Wednesday": the year names the ban; Wednesday dates
      // the decision to appeal.
      {"182_reuters_indonesia_its_2020_ban.txt",
       {"ID"}, {"EU"}, {"2022-11-30", "2020"}, {"Joko Widodo"},
       {}, {},
       {{"decision", "2022-11-30", "Jakarta", {"EU"}}}},
      // "led by Argentine Foreign Minister Santiago Cafiero": a given name, not where the Council
      // meets; the summit is the bloc's.
      {"200_mercopress_mercosur_santiago_given_name.txt",
       {"AR", "BR", "UY", "PY"}, {"MERCOSUR"}, {"2023-07-03"}, {"Santiago Cafiero"},
       {}, {},
       {{"conference", "2023-07-03", "", {"MERCOSUR"}}},
       {}, {}, {}, {}, false, {}, {}, {}, {},
       {"Santiago"}},
      // "a two-day G20 ministers' meeting in the Japanese city of Tsukuba": Japan is the host's
      // country, not a counterpart; Tsukuba is where.
      {"201_sa_g20_japanese_city_of.txt",
       {"ZA", "JP"}, {"G20"}, {"2019-06-08"}, {"Ebrahim Patel"},
       {}, {},
       {{"meeting", "2019-06-08", "Tsukuba", {"G20"}}},
       {}, {}, {}, {}, false, {}, {}, {},
       {"JP"}},
      // "The Meeting was co-chaired by H.E. Dr. Jerry Sambuaga, … and Hon Phil Twyford, …": a bare
      // "Hon" is a form of address, not part of the name.
      {"202_rcep_co_chaired_by_hon.txt",
       {"AU", "CN", "JP", "KR", "NZ", "ID"}, {"RCEP", "ASEAN"}, {"2022-09-17", "2022-01-01"},
       {"Jerry Sambuaga", "Phil Twyford"},
       {}, {},
       {{"meeting", "2022-09-17", "", {"RCEP"}}},
       {}, {}, {}, {}, false, {}, {},
       {{"Phil Twyford", "Minister of State for Trade and Export Growth of New Zealand"}}},
      // A press-conference transcript: the spokesperson who answers under her label ("Shu Jueting:")
      // is a person; the outlets that ask under theirs ("Shanghai Securities News:", "The Paper:")
      // are not.
      {"210_mofcom_speaker_label_and_outlets.txt",
       {"CN"}, {"CENTRAL_ASIA"}, {"2023-05-25", "2023-05-18/2023-05-19", "2023-01/2023-04"}, {"Shu Jueting"},
       {}, {37.3},
       {}, {}, {}, {}, {}, false, {}, {}, {}, {},
       {"Shanghai"},
       {"Shanghai Securities News", "The Paper"}},
      // "Shenzhen TV: Recently, MOFCOM … co-hosted the second China-Africa Economic and Trade Expo?
      // … held in Changsha, Hunan from September 26 to 29": the outlet's city is no venue; the
      // expo's city is where it was held. "Note:" is a heading, no speaker.
      {"211_mofcom_expo_city_not_outlet.txt",
       {"CN", "DZ", "SN", "RW"}, {"AFRICA"}, {"2021-09-30", "2021-09-26/2021-09-29"}, {"Shu Jueting", "Yang Jiechi"},
       {}, {60},
       {{"conference", "2021-09-26", "Changsha", {"AFRICA"}}},
       {}, {}, {}, {}, false, {}, {}, {}, {},
       {"Shenzhen"},
       {"Shenzhen TV", "Note"}},
      // "Remarks to Trans-Pacific Partnership Agreement Ministerial Meeting, Sydney": a transcript of a
      // speech whose body names no city; its heading gives where the meeting is.
      {"212_dfat_speech_city_in_heading.txt",
       {"CA"}, {}, {"2014"}, {"Andrew Robb"},
       {}, {40},
       {{"meeting", "2014-10-25", "Sydney", {}}},
       {}, {}, {}, {}, false, {}, {},
       {{"Andrew Robb", "Minister for Trade and Investment"}}},
      // "Britain signed a treaty … to join the CPTPP": who joins what — the joiner beside the bloc.
      // The lede's "Business and Trade Secretary" is the UK's voice: the UK reports, and the
      // signing's other side is the bloc (its story's sides, reporter and partners, stay the two).
      {"230_cptpp_uk_signs_to_join.txt",
       {"GB", "NZ"}, {"CPTPP"}, {"2023-07-16"}, {"Kemi Badenoch", "Damien O'Connor"},
       {}, {},
       {{"agreement", "2023-07-16", "Auckland", {"CPTPP"}}},
       {{"agreement", "signed", {"CPTPP", "GB"}}}},
      // "The PH-EFTA FTA shall enter into force": the Philippines-EFTA agreement already found, not
      // a second one of EFTA alone.
      {"231_dfa_ph_efta_half_named.txt",
       {"PH", "NO", "LI", "CH"}, {"EFTA"}, {"2018-03-22", "2018-07-01", "2017-12-08", "2018-03-05"},
       {"Manuel Teehankee", "Rodrigo Duterte"},
       {}, {},
       {},
       {{"fta", "ratified", {"EFTA", "PH"}}}},
      // "signed the Second Protocol to Amend the Agreement Establishing the ASEAN-Australia-New
      // Zealand Free Trade Area": the AANZFTA is upgraded.
      {"232_aanzfta_protocol_to_amend.txt",
       {"AU", "NZ", "BN", "ID", "MY", "SG"}, {"ASEAN"}, {"2023-08-21", "2010-01-01"}, {"Kao Kim Hourn"},
       {}, {},
       {{"agreement", "2023-08-21", "", {"ASEAN", "AU", "NZ"}}},
       {{"fta", "upgrade_concluded", {"ASEAN", "AU", "NZ"}}}},
      // "Canada will respond to President Trump's tariffs on steel": the head of state's possessive
      // names his country the owner (the one left once the speaker's and the goods' origin are set
      // aside), not the government responding, which opposes it "with counter-measures": Canada's
      // own tariffs, its answer, with no stance.
      {"233_ottawa_president_possessive_tariffs.txt",
       {"CA", "US"}, {}, {}, {"Mélanie Joly", "Trump"},
       {{29.8e9, "CAD"}, {11.2e9, "CAD"}}, {},
       {},
       {},
       {{"US", "tariff", "steel", "oppose"}, {"CA", "tariff", "", "neutral"}}},
  };
  return v;
}

template <class V, class F>
bool any(const V& v, F f) {
  return std::any_of(v.begin(), v.end(), f);
}

bool near(double a, double b) { return std::fabs(a - b) <= 1e-6 * std::max(std::fabs(a), std::fabs(b)); }

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

tw::Record extract_case(const tw::Extractor& ex, const char* file) { return tw::testing::extract_wire_case(ex, file); }

TEST(WireFacts, MentionsAndFactsOfUnseenVoices) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  for (const Case& c : cases()) {
    SCOPED_TRACE(c.file);
    const tw::Record rec = extract_case(*ex.value(), c.file);
    const tw::Extraction& x = rec.x;
    for (const auto& code : c.countries)
      EXPECT_TRUE(any(x.countries, [&](const auto& m) { return m.code == code; })) << "country " << code;
    for (const auto& code : c.not_countries)
      EXPECT_FALSE(any(x.countries, [&](const auto& m) { return m.code == code; })) << "not a country " << code;
    for (const auto& code : c.blocs)
      EXPECT_TRUE(any(x.blocs, [&](const auto& m) { return m.code == code; })) << "bloc " << code;
    for (const auto& d : c.dates)
      EXPECT_TRUE(any(x.dates, [&](const auto& m) { return m.value == d; })) << "date " << d;
    for (const auto& p : c.people)
      EXPECT_TRUE(any(x.people, [&](const auto& m) { return m.name == p; })) << "person " << p;
    for (const auto& p : c.not_people)
      EXPECT_FALSE(any(x.people, [&](const auto& m) { return m.name == p; })) << "not a person " << p;
    for (const auto& [amount, cur] : c.money)
      EXPECT_TRUE(any(x.money, [&](const auto& m) { return m.currency == cur && near(m.amount, amount); }))
          << "money " << amount << " " << cur;
    for (double p : c.percents)
      EXPECT_TRUE(any(x.percents, [&](const auto& m) { return near(m.value, p); })) << "percent " << p;

    // Events: the first expected is the primary (the title's) event.
    if (!c.events.empty()) {
      ASSERT_FALSE(x.events.empty());
      EXPECT_EQ(x.events[0].type, c.events[0].type) << "primary event type";
      EXPECT_EQ(x.events[0].start, c.events[0].start) << "primary event start";
    }
    for (const auto& p : c.not_partners)
      EXPECT_TRUE(!x.events.empty() && !has(x.events[0].partners, p)) << "not a partner " << p;
    for (const auto& city : c.not_cities)
      EXPECT_FALSE(any(x.events, [&](const tw::Event& g) { return g.city == city; })) << "not an event city " << city;
    for (const auto& e : c.events)
      EXPECT_TRUE(any(x.events, [&](const tw::Event& g) {
        if (g.type != e.type || g.start != e.start) return false;
        if (!e.city.empty() && g.city != e.city) return false;
        for (const auto& p : e.partners)
          if (!has(g.partners, p)) return false;
        return true;
      })) << "event " << e.type << " " << e.start << " " << e.city;

    for (const auto& a : c.agreements)
      EXPECT_TRUE(any(x.agreements, [&](const tw::Agreement& g) {
        return g.kind == a.kind && g.status == a.status && g.parties == a.parties;
      })) << "agreement " << a.kind << " " << a.status;
    if (c.no_agreements) {
      EXPECT_TRUE(x.agreements.empty()) << x.agreements.front().name;
    }

    for (const auto& m : c.measures)
      EXPECT_TRUE(any(x.measures, [&](const tw::Measure& g) {
        return g.jurisdiction == m.jurisdiction && g.kind == m.kind && (m.sector.empty() || g.sector == m.sector) &&
               (m.stance.empty() || g.stance == m.stance);
      })) << "measure " << m.jurisdiction << " " << m.kind << " " << m.sector << " " << m.stance;
    for (const auto& [j, k] : c.not_measures)
      EXPECT_FALSE(any(x.measures, [&](const tw::Measure& g) { return g.jurisdiction == j && g.kind == k; }))
          << "not a measure: " << j << " " << k;

    for (double v : c.not_indicator_values)
      EXPECT_FALSE(any(x.indicators, [&](const tw::Indicator& g) { return g.value && near(*g.value, v); }))
          << "not an indicator " << v;
    for (const auto& [name, title] : c.titles)
      EXPECT_TRUE(any(x.people, [&](const tw::Person& p) { return p.name == name && p.title == title; }))
          << "title of " << name << ": " << title;
    for (const auto& i : c.indicators)
      EXPECT_TRUE(any(x.indicators, [&](const tw::Indicator& g) {
        if (g.metric != i.metric || g.unit != i.unit || !g.value || !near(*g.value, i.value)) return false;
        if (!i.period.empty() && g.period != i.period) return false;
        if (i.change && !(g.change_pct && near(*g.change_pct, *i.change))) return false;
        if (!i.partner.empty() && g.partner != i.partner) return false;
        if (!i.country.empty() && g.country != i.country) return false;
        return true;
      })) << "indicator " << i.metric << " " << i.value << " " << i.unit << " " << i.period;
  }
}

}  // namespace

namespace {

// MINCETUR's English copy: a dateline ended by an en dash, the WTO name "Hong Kong, China" as one
// party of the agreement, a decimal comma.
TEST(WireFacts, PeruHongKongChinaAgreementInForce) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "240_mincetur_peru_hong_kong_china.txt");
  const tw::Extraction& x = r.x;
  for (const auto& c : x.countries) EXPECT_NE(c.code, "CN");
  ASSERT_EQ(x.agreements.size(), 1u);
  EXPECT_EQ(x.agreements[0].name, "Free Trade Agreement");
  EXPECT_EQ(x.agreements[0].parties, (std::vector<std::string>{"HK", "PE"}));
  EXPECT_EQ(x.agreements[0].status, "in_force");
  ASSERT_FALSE(x.percents.empty());
  EXPECT_DOUBLE_EQ(x.percents[0].value, 99.5);
}

}  // namespace

namespace {

// A body named "… Council" that speaks in the text is the body wherever it stands, no meeting;
// a council that sits stays one.
TEST(WireFacts, CouncilThatSpeaksIsNoMeeting) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "250_seafood_council_speaks.txt");
  for (const auto& e : r.x.events) EXPECT_NE(e.type, "meeting") << e.name;
  // Any verb of a saying: "announced", "noted" as "said".
  const tw::Record a = tw::testing::extract_wire_case(*ex.value(), "252_seafood_council_announces.txt");
  for (const auto& e : a.x.events) EXPECT_NE(e.type, "meeting") << e.name;
  const tw::Record m = tw::testing::extract_wire_case(*ex.value(), "251_joint_business_council_meets.txt");
  ASSERT_FALSE(m.x.events.empty());
  EXPECT_EQ(m.x.events[0].type, "meeting");
}

}  // namespace

namespace {

// "agreed on a framework for a reciprocal trade and investment agreement": the pact's terms
// agreed, an agreement event, and the agreement launched; a framework merely discussed is neither.
TEST(WireFacts, FrameworkAgreedForATradeAndInvestmentAgreement) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "252_itamaraty_framework_reciprocal_trade.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "agreement");
  EXPECT_EQ(r.x.events[0].start, "2025-08-27");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].kind, "agreement");
  EXPECT_EQ(r.x.agreements[0].parties, (std::vector<std::string>{"BR", "MX"}));
  EXPECT_EQ(r.x.agreements[0].status, "launched");
}

// A Korean release that opens with "Minister for Trade <name>" and a counterpart met abroad is
// Korea's: the counterpart is the partner and the measure Korea voices concern over is the
// counterpart's. The title is others' too: Australia's "Minister for Trade and Tourism" meeting
// Korea's minister still speaks for Australia, with Korea the partner.
TEST(WireFacts, KoreasMinisterForTradeOpensItsRelease) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record kr = tw::testing::extract_wire_case(*ex.value(), "241_motir_minister_for_trade_abroad.txt");
  ASSERT_FALSE(kr.x.events.empty());
  EXPECT_EQ(kr.x.events[0].partners, (std::vector<std::string>{"CA"}));
  ASSERT_FALSE(kr.x.measures.empty());
  EXPECT_EQ(kr.x.measures[0].jurisdiction, "CA");
  EXPECT_EQ(kr.x.measures[0].stance, "concern");
  const tw::Record au = tw::testing::extract_wire_case(*ex.value(), "242_dfat_minister_for_trade_korea.txt");
  ASSERT_FALSE(au.x.events.empty());
  EXPECT_EQ(au.x.events[0].partners, (std::vector<std::string>{"KR"}));
}

}  // namespace

namespace {

// A figure's change beside a tariff's rate, under a headline whose tariff is the backdrop: the
// change is the figure's own, the event the release of the figures.
TEST(WireFacts, ExportsFallAfterATariff) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "253_swiss_exports_after_tariff.txt");
  ASSERT_EQ(r.x.indicators.size(), 1u);
  EXPECT_EQ(r.x.indicators[0].metric, "exports");
  EXPECT_EQ(r.x.indicators[0].unit, "CHF");
  ASSERT_TRUE(r.x.indicators[0].change_pct.has_value());
  EXPECT_DOUBLE_EQ(*r.x.indicators[0].change_pct, -22.1);
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "statistics");
}

// "a 5.8 percent increase ($16.3 billion) over 2023": how far the deficit moved is no figure.
TEST(WireFacts, IncreaseInParenthesesIsNoFigure) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "254_ustr_deficit_increase_in_parentheses.txt");
  ASSERT_EQ(r.x.indicators.size(), 2u);
  EXPECT_EQ(r.x.indicators[0].metric, "trade_balance");
  EXPECT_DOUBLE_EQ(*r.x.indicators[0].value, 295.4e9);
  EXPECT_EQ(r.x.indicators[1].metric, "exports");
  EXPECT_EQ(r.x.indicators[1].partner, "CN");
}

// "strategic economic cooperation agreement (SECA) with Ecuador took effect": the wire's lower-case
// name, spelled by its acronym, is the pact in force between the two.
TEST(WireFacts, LowerCasePactSpelledByItsAcronymTakesEffect) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "255_yonhap_seca_takes_effect.txt");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].status, "in_force");
  EXPECT_EQ(r.x.agreements[0].parties, (std::vector<std::string>{"EC", "KR"}));
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "agreement");
  EXPECT_TRUE(r.x.measures.empty());
}

// Whether the record holds a measure of this jurisdiction and kind.
bool has_measure(const tw::Record& r, const std::string& jurisdiction, const std::string& kind) {
  return std::any_of(r.x.measures.begin(), r.x.measures.end(),
                     [&](const tw::Measure& m) { return m.jurisdiction == jurisdiction && m.kind == kind; });
}

// "the U.S. reciprocal tariffs", "the EU's new safeguard duties", "Canada's additional 25% surtax":
// a government named before the noun with modifiers between owns the measure the sentence speaks
// of, as one named right against it does.
TEST(WireFacts, OwnerNamedBeforeModifiersOfTheNoun) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "260_yonhap_owner_before_modifiers.txt");
  EXPECT_TRUE(has_measure(r, "US", "tariff"));
  EXPECT_TRUE(has_measure(r, "CN", "tariff"));
  EXPECT_TRUE(has_measure(r, "EU", "safeguard"));
  EXPECT_TRUE(has_measure(r, "CA", "tariff"));
}

// A USTR notice of a tariff-rate quota's allocations: the quota is the publishing government's.
TEST(WireFacts, QuotaAllocationIsTheAllocatingGovernmentsQuota) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "261_ustr_sugar_trq_allocation.txt");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "US");
  EXPECT_EQ(r.x.measures[0].kind, "tariff_rate_quota");
  EXPECT_EQ(r.x.measures[0].sector, "agriculture_fisheries");
}

// "Japan agreed to a 15% tariff on its exports to the U.S.": the importer imposes it.
TEST(WireFacts, TariffAgreedToOnOnesExportsIsTheImporters) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "262_reuters_japan_agreed_to_tariff.txt");
  EXPECT_TRUE(has_measure(r, "US", "tariff"));
  EXPECT_FALSE(has_measure(r, "JP", "tariff"));
}

// "tariffs … on 1,463 tariff lines of imports from countries … including China": the lines
// counted are no measure of China's.
TEST(WireFacts, TariffLinesAreNoMeasure) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "263_economia_tariff_lines.txt");
  EXPECT_TRUE(has_measure(r, "MX", "tariff"));
  EXPECT_TRUE(has_measure(r, "MX", "anti_dumping"));
  EXPECT_FALSE(has_measure(r, "CN", "tariff"));
}

// "decided to extend the anti-dumping duties", "Beijing said on Wednesday it would slap tariffs":
// a duty extended is taken anew; a capital saying it will slap one takes it.
TEST(WireFacts, DutiesExtendedAndCapitalSayingItWillSlap) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "264_reuters_extend_duties_capital_said.txt");
  EXPECT_TRUE(has_measure(r, "CN", "anti_dumping"));
  EXPECT_TRUE(has_measure(r, "CN", "tariff"));
}

// ASEAN has no common external tariff: its ministers' concern over unilateral tariffs names no
// ASEAN measure.
TEST(WireFacts, AseanOwnsNoTariff) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "265_asean_aem_unilateral_tariffs.txt");
  EXPECT_FALSE(has_measure(r, "ASEAN", "tariff"));
}

// "Japan's exports fell … to 8.43 trillion yen, the Finance Ministry said Wednesday, as shipments of
// automobiles to the United States dropped": the clause of cause is another figure's, its
// destination no partner of the total.
TEST(WireFacts, ClauseOfCauseHoldsNoPartner) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "266_kyodo_exports_as_clause.txt");
  ASSERT_FALSE(r.x.indicators.empty());
  EXPECT_EQ(r.x.indicators[0].metric, "exports");
  EXPECT_EQ(r.x.indicators[0].partner, "");
}

// "on 3rd and 4th November" is one span of two days; "the deadline … is 31 March" in October is
// next March.
TEST(WireFacts, CoordinatedDaysAndADeadlineAhead) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "267_asean_coordinated_days_deadline.txt");
  std::vector<std::string> values;
  for (const auto& d : r.x.dates) values.push_back(d.value);
  EXPECT_EQ(values, (std::vector<std::string>{"2025-11-03/2025-11-04", "2026-03-31"}));
}

// "Washington will lower its tariff on Korean automobiles to 15 percent … retroactive to Nov. 1":
// the capital lowering its own tariff takes a measure; a start set back lies before publication;
// the money Korea invests "in the United States" has the United States as its destination, no
// source.
TEST(WireFacts, CapitalLowersItsTariffRetroactively) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "268_yonhap_capital_lowers_its_tariff.txt");
  EXPECT_TRUE(has_measure(r, "US", "tariff"));
  EXPECT_TRUE(std::any_of(r.x.dates.begin(), r.x.dates.end(), [](const tw::DateMention& d) {
    return d.text == "Nov. 1" && d.value == "2025-11-01";
  }));
  for (const auto& i : r.x.indicators) {
    EXPECT_NE(i.metric, "fdi") << i.subject;
    EXPECT_EQ(i.country, "KR") << i.subject;
  }
}

// "saving EU companies over €4 billion a year in duties": duties saved are no exports.
TEST(WireFacts, DutiesSavedAreNoTradeFigure) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "269_ec_duties_saved_no_exports.txt");
  ASSERT_EQ(r.x.indicators.size(), 1u);
  ASSERT_TRUE(r.x.indicators[0].value.has_value());
  EXPECT_DOUBLE_EQ(*r.x.indicators[0].value, 55.7e9);
}

// "The European Union's 15% tariff deal takes effect": a pact over tariffs is no EU measure.
TEST(WireFacts, TariffDealIsNoMeasure) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "270_reuters_tariff_deal_no_measure.txt");
  EXPECT_TRUE(has_measure(r, "US", "tariff"));
  EXPECT_FALSE(has_measure(r, "EU", "tariff"));
}

// "in fiscal 2024, which ended in March" (published in April 2025): the figure's period is the
// fiscal year to March 2025.
TEST(WireFacts, FiscalYearEndedInAStatedMonth) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "271_pti_fiscal_year_ended_in_march.txt");
  ASSERT_FALSE(r.x.indicators.empty());
  EXPECT_EQ(r.x.indicators[0].period, "2024-04/2025-03");
}

// "India and Oman sign Comprehensive Economic Partnership Agreement" over a body with the CEPA and
// a bilateral investment treaty under negotiation: the treaty keeps its kind. "India and the EU
// concluded negotiations on their free trade agreement in January" (in December) is last January.
TEST(WireFacts, HeadlinePactLeavesAnotherPactsKind) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "272_muscat_cepa_and_investment_treaty.txt");
  bool treaty = false, fta = false;
  for (const auto& a : r.x.agreements) {
    if (a.name == "bilateral investment treaty") {
      treaty = true;
      EXPECT_EQ(a.kind, "agreement");
    }
    if (a.kind == "fta") {
      fta = true;
      EXPECT_EQ(a.date, "2025-01");
    }
  }
  EXPECT_TRUE(treaty);
  EXPECT_TRUE(fta);
}

// "Beijing's punitive tariffs", "Brussels' planned carbon border levy": a capital's possessive
// against the noun names the measure's owner as a government's name does; "Lima will levy",
// "Bogota slapped": capitals imposing.
TEST(WireFacts, CapitalsOwnTheirMeasures) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "273_aap_capitals_own_measures.txt");
  EXPECT_TRUE(has_measure(r, "CN", "tariff"));
  EXPECT_TRUE(has_measure(r, "EU", "carbon_border"));
  EXPECT_TRUE(has_measure(r, "PE", "anti_dumping"));
  EXPECT_TRUE(has_measure(r, "CO", "tariff"));
}

// "definitive safeguard measures …, in the form of tariff-rate quotas": the plural hyphenated form
// names the quotas, not a tariff besides them.
TEST(WireFacts, SafeguardInTheFormOfTariffRateQuotas) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "274_ec_safeguard_in_tariff_rate_quotas.txt");
  EXPECT_TRUE(has_measure(r, "EU", "safeguard"));
  EXPECT_TRUE(has_measure(r, "EU", "tariff_rate_quota"));
  EXPECT_FALSE(has_measure(r, "EU", "tariff"));
}

// "the European Union said it would challenge India's new import curbs on laptops", in copy India
// reports: the reporter's possessive with modifiers before the noun owns the measure, not the
// government speaking of it; "import curbs" are an import restriction.
TEST(WireFacts, ReportersOwnMeasureNamedWithModifiers) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "275_reuters_india_retaliation_import_curbs.txt");
  EXPECT_TRUE(has_measure(r, "IN", "tariff"));
  EXPECT_TRUE(has_measure(r, "IN", "import_restriction"));
  EXPECT_FALSE(has_measure(r, "EU", "import_restriction"));
}

// "the US will maintain a 20% reciprocal tariff on goods originating from Vietnam, while Vietnam
// will provide preferential market access for US … exports": keeping a tariff in force takes it,
// and the clause set against it ("while …") names no target of it.
TEST(WireFacts, TariffMaintainedWithATargetOnlyInTheClauseAgainstIt) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "276_vna_us_maintains_reciprocal_tariff.txt");
  EXPECT_TRUE(has_measure(r, "US", "tariff"));
  EXPECT_FALSE(has_measure(r, "VN", "tariff"));
}

// The parameters of a measure of the record, by jurisdiction and kind; empty when it is missing.
std::vector<std::string> parameters_of(const tw::Record& r, const std::string& jurisdiction, const std::string& kind) {
  for (const auto& m : r.x.measures)
    if (m.jurisdiction == jurisdiction && m.kind == kind) return m.parameters;
  return {};
}

// "China … would impose provisional anti-dumping duties of 75.8% on canola seed …, escalating a
// trade dispute that began after Ottawa imposed tariffs on Chinese electric vehicles": the figure
// of one measure's phrase is no parameter of the other measure of the sentence.
TEST(WireFacts, FigureOfOneMeasureIsNoParameterOfAnother) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "320_reuters_canola_duties_and_ev_tariffs.txt");
  ASSERT_TRUE(has_measure(r, "CA", "tariff"));
  EXPECT_EQ(parameters_of(r, "CN", "anti_dumping"), std::vector<std::string>{"75.8%"});
  EXPECT_TRUE(parameters_of(r, "CA", "tariff").empty());
}

// "Washington will lower its tariff on Japanese cars to 15% from 27.5%, while Tokyo will invest $550
// billion in the United States": a clause set against the measure's ("…, while …") states figures
// of its own.
TEST(WireFacts, FigureOfAClauseSetAgainstTheMeasureIsNoParameter) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "321_kyodo_tariff_cut_while_investment.txt");
  EXPECT_EQ(parameters_of(r, "US", "tariff"), (std::vector<std::string>{"15%", "27.5%"}));
}

// "Mexico, Canada and Brazil are weighing responses to the Trump administration's reciprocal
// tariffs … U.S. President Donald Trump said": an administration named by its leader is of the
// country the release gives the leader, however many countries the sentence names.
TEST(WireFacts, AdministrationNamedByItsLeaderIsOfTheLeadersCountry) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "322_reuters_administration_named_by_leader.txt");
  EXPECT_TRUE(has_measure(r, "US", "tariff"));
  EXPECT_FALSE(has_measure(r, "MX", "tariff"));
}

// The same measure's description starts at its owner's possessive, not at the country named last
// before it ("Brazil are weighing responses to the Trump administration's …").
TEST(WireFacts, DescriptionOfAMeasureItsHeadOwnsStartsAtThePossessive) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "322_reuters_administration_named_by_leader.txt");
  ASSERT_FALSE(r.x.measures.empty());
  EXPECT_EQ(r.x.measures[0].description, "Trump administration's reciprocal tariffs");
}

// "the Takaichi government's planned import restrictions on rice, after Japanese Prime Minister
// Sanae Takaichi told parliament": a government named by a word of its leader's name is the
// leader's country's, not the first country of the sentence.
TEST(WireFacts, GovernmentNamedByItsLeaderIsOfTheLeadersCountry) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "323_kyodo_government_named_by_leader.txt");
  EXPECT_TRUE(has_measure(r, "JP", "import_restriction"));
  EXPECT_FALSE(has_measure(r, "KR", "import_restriction"));
}

}  // namespace

namespace {

// Looks up a person of the record by name.
const tw::Person* person_named(const tw::Record& r, const std::string& name) {
  for (const auto& p : r.x.people)
    if (p.name == name) return &p;
  return nullptr;
}

// "Kim Jung-kwan, Minister of Trade, Industry, and Energy": the serial comma still names Korea's
// ministry, whose minister he is.
TEST(WireFacts, SerialCommaInAPortfolioKeepsTheGovernment) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "279_motie_serial_comma_portfolio.txt");
  const tw::Person* kim = person_named(r, "Kim Jung-kwan");
  ASSERT_NE(kim, nullptr);
  EXPECT_EQ(kim->country, "KR");
}

// "welcomes the conclusion in Bali of negotiations": the city the event word's clause places it in
// is no part of the event's name.
TEST(WireFacts, CityPlacedByInIsNoPartOfTheEventsName) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "288_ec_conclusion_in_bali.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].city, "Bali");
  EXPECT_EQ(r.x.events[0].name.find("Bali"), std::string::npos) << r.x.events[0].name;
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"ID"}));
}

// "Prime Minister Anwar Ibrahim's visit to strengthen economic ties" in Korea's release: the visit's
// purpose is no destination abroad, and the visitor is Korea's guest, not its officer.
TEST(WireFacts, VisitToDoSomethingIsAGuests) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "280_motie_visit_to_strengthen_ties.txt");
  const tw::Person* anwar = person_named(r, "Anwar Ibrahim");
  ASSERT_NE(anwar, nullptr);
  EXPECT_NE(anwar->country, "KR");
  const tw::Person* ahn = person_named(r, "Ahn Duk-geun");
  ASSERT_NE(ahn, nullptr);
  EXPECT_EQ(ahn->country, "KR");
}

// "met on Thursday on South Korea's Jeju Island": a country's possessive before a place's name
// names no person.
TEST(WireFacts, PossessiveBeforeAnIslandIsNoPerson) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "286_ap_apec_jeju_island.txt");
  EXPECT_EQ(person_named(r, "Jeju Island"), nullptr);
  EXPECT_NE(person_named(r, "Ahn Duk-geun"), nullptr);
  // Datelined in the host's city, the story is told from the host's side: the officers it names
  // past the lede do not speak for it, and the tariffs the meeting is held "as" they weigh are
  // its backdrop, no side of it.
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"APEC"}));
}

// "pledged to work together on … overcapacity in China's steel and electric vehicle sectors": a
// government named as what the ministers are concerned with is no party to their meeting.
TEST(WireFacts, CountryOfConcernIsNoPartner) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "277_reuters_g7_overcapacity_in_chinas.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "meeting");
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"G7"}));
}

// "WTO MC14 to be held in Yaoundé" over "The General Council decided on 22 July 2025 that the 14th
// Ministerial Conference (MC14) will take place … from 26 to 29 March 2026": the title's acronym
// names the conference, which its own clause dates.
TEST(WireFacts, TitleAcronymNamesThePrimaryEvent) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "278_wto_mc14_named_by_acronym.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "conference");
  EXPECT_EQ(r.x.events[0].ordinal.value_or(0), 14);
  EXPECT_EQ(r.x.events[0].start, "2026-03-26");
  EXPECT_EQ(r.x.events[0].end, "2026-03-29");
  EXPECT_EQ(r.x.events[0].city, "Yaoundé");
}

// "NEW DELHI (Reuters) - Trade ministers from India and the European Union met … Commerce
// Minister Piyush Goyal and EU Trade Commissioner Maros Sefcovic discussed …": the voice joined to
// the unnamed minister in the next sentence is the co-host's, and the dateline's government the
// side the meeting is reported from.
TEST(WireFacts, CoHostVoiceInTheSecondSentence) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "281_reuters_cohost_in_second_sentence.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"EU"}));
  // "met on Monday to push for a conclusion of free trade talks by the end of the year": the year
  // the talks are to end by is a deadline, and Monday dates the meeting.
  EXPECT_EQ(r.x.events[0].start, "2025-02-24");
}

// "The Comprehensive Economic Partnership Agreement was signed on Monday in Kuala Lumpur. It covers
// … Minister of Investment, Trade and Industry Tengku Zafrul Aziz signed for Malaysia with UAE
// Minister …": opening sentences that name no one leave the voice to the first person named.
TEST(WireFacts, VoiceOfTheFirstPersonNamedInTheThirdSentence) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "282_miti_voice_in_third_sentence.txt");
  const tw::Person* zafrul = person_named(r, "Tengku Zafrul Aziz");
  ASSERT_NE(zafrul, nullptr);
  EXPECT_EQ(zafrul->country, "MY");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"AE"}));
}

// "Joint Statement by the Minister of Trade of Indonesia and the Minister for Trade of New Zealand":
// with no voice the lexicon knows, the title's first government issues it; the other is the
// partner, not a third named only inside a pact's name.
TEST(WireFacts, JointStatementWithoutAKnownVoice) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "283_joint_statement_without_voice.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"NZ"}));
}

// "Bangkok, 24 January 2025 - ", "Canberra, 3 March 2025: ", "Singapore, 5 May 2025 - ": a
// government's dateline with its day of issue says whose release it is when no voice speaks; the
// partner the figures or the talks name is the counterpart.
TEST(WireFacts, DatelineWithTheDayOfIssue) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record th = tw::testing::extract_wire_case(*ex.value(), "284_dft_thailand_day_of_issue_dateline.txt");
  ASSERT_FALSE(th.x.events.empty());
  EXPECT_EQ(th.x.events[0].partners, (std::vector<std::string>{"CN"}));
  const tw::Record au = tw::testing::extract_wire_case(*ex.value(), "285_dfat_canberra_day_of_issue_dateline.txt");
  ASSERT_FALSE(au.x.events.empty());
  EXPECT_EQ(au.x.events[0].partners, (std::vector<std::string>{"JP"}));
  const tw::Record sg = tw::testing::extract_wire_case(*ex.value(), "287_mti_singapore_day_of_issue_visit.txt");
  const tw::Person* gan = person_named(sg, "Gan Kim Yong");
  ASSERT_NE(gan, nullptr);
  EXPECT_EQ(gan->country, "SG");
  ASSERT_FALSE(sg.x.events.empty());
  EXPECT_EQ(sg.x.events[0].partners, (std::vector<std::string>{"VN"}));
  // "Lima, 15 November 2024 - Chile and the Republic of Korea launched negotiations … at a meeting
  // held in Lima, Peru": issued where the minister went; a country named only as its city's says
  // nothing of the publisher, whose counts decide.
  const tw::Record cl = tw::testing::extract_wire_case(*ex.value(), "293_subrei_issued_abroad_city_of_country.txt");
  ASSERT_FALSE(cl.x.events.empty());
  EXPECT_EQ(cl.x.events[0].partners, (std::vector<std::string>{"KR"}));
}

// "Trade Minister Don Farrell and European Commissioner for Trade and Economic Security Maroš
// Šefčovič agreed …": the office joined second, whose holder is the bloc's, is the counterpart's;
// the minister named first without a country is not the bloc's.
TEST(WireFacts, BlocOfficeJoinedSecondIsTheCounterparts) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "289_dfat_minister_and_european_commissioner.txt");
  const tw::Person* farrell = person_named(r, "Don Farrell");
  ASSERT_NE(farrell, nullptr);
  EXPECT_NE(farrell->country, "EU");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"EU"}));
}

// "JAKARTA - H.E. Dr. Kao Kim Hourn, Secretary-General of ASEAN, welcomed the substantial conclusion
// of the ASEAN-Canada Free Trade Agreement negotiations": the Secretariat speaks for the bloc, and
// Canada is its counterpart.
TEST(WireFacts, AseanSecretariatSpeaksForTheBloc) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "290_asean_secretariat_jakarta.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"CA"}));
}

}  // namespace

namespace {

// "In New Delhi, Minister Farrell will co-chair …": a city that opens the sentence before a comma
// and a title is where, not a person with that title.
TEST(WireFacts, CityBeforeACommaAndATitleIsNoPerson) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "292_dfat_in_city_comma_minister.txt");
  for (const auto& p : r.x.people) EXPECT_NE(p.name, "New Delhi");
  bool farrell = false;
  for (const auto& p : r.x.people) farrell |= p.name == "Don Farrell";
  EXPECT_TRUE(farrell);
}

// "BEIJING, Oct 30 (Reuters) - The European Union's final decision to impose tariffs … is
// protectionist, and China firmly opposes it, the commerce ministry spokesperson said": the lede
// credits an unnamed ministry of the dateline's country; the EU its subject names is the side it
// speaks of, so China's opposition is the measure's stance.
TEST(WireFacts, LedeCreditingAnUnnamedMinistrySpeaksForTheDateline) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "300_reuters_beijing_unnamed_ministry_credit.txt");
  ASSERT_FALSE(r.x.measures.empty());
  EXPECT_EQ(r.x.measures[0].jurisdiction, "EU");
  EXPECT_EQ(r.x.measures[0].stance, "oppose");
}

// "Ministry opens consultation on proposed export duty …" over "The deadline for feedback is 15
// January 2026": the day submissions close bounds the consultation, it does not date its opening;
// with no other day the release's own dates it.
TEST(WireFacts, DeadlineDoesNotDateTheTitleEvent) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "301_mti_consultation_deadline.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].start, "2025-12-01");
}

// "The General Council agreed on 9 March 2023 that the 13th Ministerial Conference (MC13) will be
// held in Abu Dhabi …": the city is where the conference takes place, not the Council's sitting.
TEST(WireFacts, CityPastAnotherDatedEventIsThatOnes) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  for (const char* name : {"302_wto_council_decides_venue_elsewhere.txt", "278_wto_mc14_named_by_acronym.txt"}) {
    const tw::Record r = tw::testing::extract_wire_case(*ex.value(), name);
    ASSERT_EQ(r.x.events.size(), 2u) << name;
    EXPECT_EQ(r.x.events[0].type, "conference") << name;
    EXPECT_FALSE(r.x.events[0].city.empty()) << name;
    EXPECT_EQ(r.x.events[1].type, "meeting") << name;
    EXPECT_TRUE(r.x.events[1].city.empty()) << name;
  }
}

// "BEIJING, Oct. 30 -- The European Commission's final ruling on electric vehicles from China
// ignores the facts …, and China firmly opposes it, a spokesperson of the Ministry of Commerce
// (MOFCOM) said": the Commission is a voice the lede names before crediting the dateline's unnamed
// ministry; it is what that ministry speaks of, and the ruling's side is the counterpart.
TEST(WireFacts, VoiceBeforeAnUnnamedCreditIsTheCounterpart) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "303_beijing_commission_voice_before_unnamed_credit.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"EU"}));
}

// "near Savannah, Georgia", "Georgia Gov. Brian Kemp", "the Michael Jordan-era boom": a US state
// and a given name name no country, nor give the governor one.
TEST(WireFacts, StateAndGivenNameAreNoCountries) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "304_ap_georgia_state_battery_plant.txt");
  for (const auto& c : r.x.countries) EXPECT_TRUE(c.code != "GE" && c.code != "JO") << c.code;
  const auto kemp = std::find_if(r.x.people.begin(), r.x.people.end(), [](const auto& p) { return p.name == "Brian Kemp"; });
  ASSERT_NE(kemp, r.x.people.end());
  EXPECT_EQ(kemp->country, "");
}

// "GENEVA - The WTO Secretariat today published its report on … Japan … Members … raised concerns
// about Japan's tariffs on rice": no member reports the release, so the tariff is Japan's measure
// the members are concerned about, not Japan's own measure stated neutrally.
TEST(WireFacts, SecretariatsReleaseHasNoMemberReporter) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "305_wto_secretariat_review_of_japan.txt");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "JP");
  EXPECT_EQ(r.x.measures[0].stance, "concern");
}

// "BRASILIA - … after President Donald Trump said … U.S. President Trump cited …": the later
// title's country is the president's, not the government's that writes the release.
TEST(WireFacts, LaterTitleGivesThePresidentsCountry) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "306_brasilia_president_country_stated_later.txt");
  const auto country = [&](const std::string& name) {
    for (const auto& p : r.x.people)
      if (p.name == name) return p.country;
    return std::string("missing");
  };
  EXPECT_EQ(country("Donald Trump"), "US");
  EXPECT_EQ(country("Geraldo Alckmin"), "BR");
}

}  // namespace

namespace {

// "The European Union will impose duties of up to 35.3% on …, while Beijing has imposed levies of
// up to 39% on brandy from the EU in retaliation": the clause set against the first measure adds
// a second, the capital's, described from the capital with its own figure.
TEST(WireFacts, CapitalsLeviesInTheClauseSetAgainstAnother) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "312_reuters_beijing_levies_while.txt");
  EXPECT_TRUE(has_measure(r, "EU", "tariff"));
  const auto cn = std::find_if(r.x.measures.begin(), r.x.measures.end(),
                               [](const tw::Measure& m) { return m.jurisdiction == "CN" && m.kind == "tariff"; });
  ASSERT_NE(cn, r.x.measures.end());
  EXPECT_EQ(cn->description, "Beijing has imposed levies");
  EXPECT_EQ(cn->parameters, (std::vector<std::string>{"39%"}));
}

// "it will respond to the Trump administration’s tariffs": the curly possessive begins the
// description as the straight one does.
TEST(WireFacts, CurlyAdministrationPossessiveBeginsTheDescription) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "313_reuters_curly_administration_possessive.txt");
  const auto us = std::find_if(r.x.measures.begin(), r.x.measures.end(),
                               [](const tw::Measure& m) { return m.jurisdiction == "US" && m.kind == "tariff"; });
  ASSERT_NE(us, r.x.measures.end());
  EXPECT_EQ(us->description, "Trump administration\u2019s tariffs");
}

// "…, while Ottawa has kept its counter-tariffs of 25% on about C$30 billion of U.S. goods":
// counter-tariffs are a measure of their own, the capital's, not a word of the first tariff.
TEST(WireFacts, CounterTariffsOfTheCapitalAreAMeasure) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "314_ap_ottawa_counter_tariffs.txt");
  EXPECT_TRUE(has_measure(r, "US", "tariff"));
  EXPECT_TRUE(has_measure(r, "CA", "tariff"));
  EXPECT_TRUE(has_measure(r, "MX", "tariff"));
}

// "exports to the United States fell 0.2% as President Donald Trump’s tariffs weighed on
// automobiles": a country named before the head's possessive as where exports go is no speaker
// set aside; the tariffs are not those of the country whose exports the story reports.
TEST(WireFacts, DestinationBeforeAHeadsPossessiveIsNotSetAside) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "315_ap_head_tariffs_after_exports_to.txt");
  EXPECT_TRUE(has_measure(r, "US", "tariff"));
  EXPECT_FALSE(has_measure(r, "KR", "tariff"));
}

// "The Korea Trade Commission … decided on February 20 to recommend preliminary anti-dumping duties
// of 27.91 to 38.02 percent on hot-rolled steel plates from China": recommending a duty takes it, in
// the base form as in "has recommended".
TEST(WireFacts, RecommendingADutyTakesIt) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "316_ktc_recommend_preliminary_duties.txt");
  EXPECT_TRUE(has_measure(r, "KR", "anti_dumping"));
  EXPECT_FALSE(has_measure(r, "CN", "anti_dumping"));
}

}  // namespace

namespace {

// "Korea and Chile held the 5th FTA Joint Committee meeting in Santiago. The amended tariff
// schedule will take effect on 1 July": the day a schedule applies from dates no meeting; with no
// day of its own the meeting is the release's.
TEST(WireFacts, DayARuleTakesEffectDatesNoMeeting) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "324_joint_committee_rules_take_effect.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "meeting");
  EXPECT_EQ(r.x.events[0].start, "2025-05-20");
}

}  // namespace

namespace {

// "GENEVA, May 11 (Reuters) - Chinese and U.S. negotiators met in Geneva on Saturday": agency copy
// from a third country's city speaks for neither side; both are the talks' partners.
TEST(WireFacts, AgencyCopyFromAThirdCityHasBothSidesAsPartners) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "325_reuters_geneva_talks_both_sides.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].start, "2025-05-10");
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"CN", "US"}));
}

}  // namespace

namespace {

// "a protocol to upgrade the China-ASEAN free trade zone": a pact's area between parties, no free
// economic zone.
TEST(WireFacts, FreeTradeZoneBetweenPartiesIsNoEconomicZone) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  for (const char* name : {"326_xinhua_free_trade_zone_upgrade.txt", "111_ukraine_eu_free_trade_area_talks.txt"}) {
    const tw::Record r = tw::testing::extract_wire_case(*ex.value(), name);
    EXPECT_EQ(std::count(r.x.topics.begin(), r.x.topics.end(), "free_economic_zones"), 0) << name;
  }
}

}  // namespace

namespace {

// "… will travel to New Delhi this week for the 7th round of negotiations … The round will run from
// 18 to 21 August": the sentence that refers back to the round dates it.
TEST(WireFacts, SentenceReferringBackToTheRoundDatesIt) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "327_dfat_round_will_run.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "negotiation");
  EXPECT_EQ(r.x.events[0].start, "2025-08-18");
  EXPECT_EQ(r.x.events[0].end, "2025-08-21");
}

}  // namespace

namespace {

// "… met on Monday and Tuesday in Brussels and agreed to resume negotiations … early next year":
// two days joined by "and" are one meeting's run, and the second is no event of its own.
TEST(WireFacts, TwoDaysJoinedByAndAreOneRun) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "328_dgtrade_met_monday_and_tuesday.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].start, "2025-11-03");
  EXPECT_EQ(r.x.events[0].end, "2025-11-04");
  for (const auto& ev : r.x.events) EXPECT_NE(ev.start, "2025-11-04") << ev.type;
}

}  // namespace

namespace {

// "The General Council, which runs the WTO's day-to-day work between ministerial conferences, will
// take up the outcome in Geneva in May": the conferences of the aside are no conference in May.
TEST(WireFacts, EventWordOfARelativeAsideTakesNoDateAfterIt) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "329_reuters_mc14_council_aside.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "conference");
  EXPECT_EQ(r.x.events[0].start, "2026-03-26");
  for (size_t k = 1; k < r.x.events.size(); ++k)
    EXPECT_FALSE(r.x.events[k].type == "conference" && r.x.events[k].start == "2026-05");
}

}  // namespace

namespace {

// "Senior U.S. and Chinese officials met in London on Monday for talks …": a weekday before the
// event word tells when; the talks have no name ("Monday for talks").
TEST(WireFacts, WeekdayIsNoWordOfAnEventName) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "330_reuters_weekday_before_talks.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].start, "2025-06-09");
  EXPECT_EQ(r.x.events[0].name.find("Monday"), std::string::npos) << r.x.events[0].name;
}

}  // namespace

namespace {

// "The 14th round of negotiations … commenced in New Delhi on 10 January and concluded on 17
// January": the day the round concluded ends its run.
TEST(WireFacts, RoundCommencedAndConcludedIsOneRun) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "331_pib_round_commenced_and_concluded.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "negotiation");
  EXPECT_EQ(r.x.events[0].start, "2024-01-10");
  EXPECT_EQ(r.x.events[0].end, "2024-01-17");
}

}  // namespace

namespace {

// "Japan and Britain agreed Friday to start negotiations next month …, Japanese trade minister said
// after meeting his British counterpart in Tokyo": next month is the negotiations' date, right
// after their word; the meeting is Friday's.
TEST(WireFacts, DateRightAfterAnotherEventWordIsThatOnes) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r =
      tw::testing::extract_wire_case(*ex.value(), "332_kyodo_negotiations_next_month_after_meeting.txt");
  ASSERT_EQ(r.x.events.size(), 2u);
  EXPECT_EQ(r.x.events[0].type, "meeting");
  EXPECT_EQ(r.x.events[0].start, "2024-01-12");
  EXPECT_EQ(r.x.events[1].type, "negotiation");
  EXPECT_EQ(r.x.events[1].start, "2024-02");
}

}  // namespace

namespace {

// "Japan's exports to the United States fell 12 percent … as President Donald Trump's 15 percent
// tariff on cars took effect": a measure the sentence says comes into force is news of it, the
// U.S. tariff, though no stance is taken on it ("despite President Trump's tariffs" is background).
TEST(WireFacts, TariffTakingEffectIsAMeasureOfItsGovernment) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "333_kyodo_tariff_took_effect_as_exports_fell.txt");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "US");
  EXPECT_EQ(r.x.measures[0].kind, "tariff");
  EXPECT_EQ(r.x.measures[0].sector, "automobiles");
  // Its own rate, not the fall of exports the main clause states.
  EXPECT_EQ(r.x.measures[0].parameters, std::vector<std::string>{"15 percent"});
}

// "steel exports … fell 9.5 percent on-year to $1.2 billion in February as the EU's safeguard
// measure on steel continued to weigh": the figures are the exports', not the safeguard's.
TEST(WireFacts, FiguresOfAnotherClauseAreNoParametersOfAMeasure) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "334_yonhap_safeguard_beside_export_figures.txt");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "EU");
  EXPECT_EQ(r.x.measures[0].kind, "safeguard");
  EXPECT_TRUE(r.x.measures[0].parameters.empty());
  ASSERT_EQ(r.x.indicators.size(), 1u);
  EXPECT_EQ(r.x.indicators[0].metric, "exports");
}

// "the U.S. decision, which came after Canada's request for consultations, to impose anti-dumping
// duties on Mexican tomatoes": the aside qualifies the decision; the duties are the United States'.
TEST(WireFacts, GovernmentInARelativeAsideDoesNotOwnTheMeasure) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "335_reuters_relative_aside_before_measure.txt");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "US");
  EXPECT_EQ(r.x.measures[0].kind, "anti_dumping");
}

// "… on Tuesday announced an export support plan worth 1.2 billion ringgit … at a meeting of
// economic ministers": a support plan announced is an announcement, as an action plan is; the
// meeting it was announced at is the same day's occasion.
TEST(WireFacts, SupportPlanAnnouncedIsAnAnnouncement) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r =
      tw::testing::extract_wire_case(*ex.value(), "350_bernama_export_support_plan_at_ministers_meeting.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "announcement");
  EXPECT_EQ(r.x.events[0].start, "2025-06-10");
}

// "She will also attend the WTO General Council, where ambassadors … discuss the agenda of the
// Ministerial Conference in Cameroon …, on December 16-17": the date past the aside is the General
// Council's, however long the aside; the conference inside it takes none.
TEST(WireFacts, DatePastARelativeAsideIsTheHeadsEvent) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r =
      tw::testing::extract_wire_case(*ex.value(), "351_yonhap_wto_general_council_date_past_aside.txt");
  ASSERT_EQ(r.x.events.size(), 2u);
  EXPECT_EQ(r.x.events[0].type, "visit");
  EXPECT_EQ(r.x.events[0].start, "2025-12-09");
  EXPECT_EQ(r.x.events[1].type, "meeting");
  EXPECT_EQ(r.x.events[1].start, "2025-12-16");
  EXPECT_EQ(r.x.events[1].end, "2025-12-17");
}

}  // namespace

namespace {

// "Britain will replace the current steel safeguard with a new tariff rate quota": the quota it
// introduces is its measure, as the safeguard it ends.
TEST(WireFacts, MeasureThatReplacesAnotherIsTaken) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "336_reuters_safeguard_replaced_by_quota.txt");
  auto has = [&](const char* kind) {
    return std::any_of(r.x.measures.begin(), r.x.measures.end(),
                       [&](const tw::Measure& m) { return m.jurisdiction == "GB" && m.kind == kind; });
  };
  EXPECT_TRUE(has("tariff_rate_quota"));
  EXPECT_TRUE(has("safeguard"));
}

const tw::Person* wire_person(const tw::Record& r, const std::string& name) {
  for (const auto& p : r.x.people)
    if (p.name == name) return &p;
  return nullptr;
}

bool primary_partner(const tw::Record& r, const std::string& code) {
  return !r.x.events.empty() && std::find(r.x.events[0].partners.begin(), r.x.events[0].partners.end(), code) !=
                                    r.x.events[0].partners.end();
}

// "Brasília, 14 March 2026 – The Ministry … said … Brazil will seek negotiations after President
// Donald Trump raised the tariff": a well-known head of state, named with no country, is his own
// country's and no officer of the government that writes the release.
TEST(WireFacts, WellKnownLeaderIsNoOfficerOfTheRelease) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "340_mdic_president_named_without_country.txt");
  const tw::Person* t = wire_person(r, "Donald Trump");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->country, "US");
}

// "Minister … will lead a trade mission of 24 companies to Kenya …, the Department of Agriculture
// said": the country the mission goes to is the partner, not the publisher, however often the
// release names it.
TEST(WireFacts, MissionDestinationIsAPartnerNotTheReporter) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "341_mission_destination_is_partner.txt");
  EXPECT_TRUE(primary_partner(r, "KE"));
  const tw::Person* w = wire_person(r, "Mary Walsh");
  ASSERT_NE(w, nullptr);
  EXPECT_NE(w->country, "KE");
}

// "Director-General Amina Okafor … welcomed Gabon's acceptance … the 90th member of the WTO": a
// lede opening with an international body's head is the body's release; the member it names is
// the partner, not the reporter.
TEST(WireFacts, DirectorGeneralLedeIsTheBodysRelease) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "342_dg_lede_body_named_in_passing.txt");
  EXPECT_TRUE(primary_partner(r, "GA"));
}

// "urged the incorporation of the Investment Facilitation for Development Agreement into the WTO
// rulebook": only a concluded text is incorporated into a legal order; the agreement is of record.
TEST(WireFacts, AgreementIncorporatedIsConcluded) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "352_reuters_incorporation_of_investment_pact.txt");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].kind, "agreement");
  EXPECT_EQ(r.x.agreements[0].status, "concluded");
  EXPECT_TRUE(r.x.agreements[0].parties.empty());
}

}  // namespace

namespace {

// "… agreed to turn the Korea-EU FTA Trade Committee into a broader dialogue … The two sides also
// discussed the incorporation of the Agreement on Electronic Commerce into the WTO rulebook": the
// capitalized "Agreement on …" names another agreement and refers back to no FTA, which the
// release gives no step of its own.
TEST(WireFacts, NamedAgreementRefersBackToNone) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "353_yonhap_named_agreement_refers_back_to_none.txt");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].kind, "agreement");
  EXPECT_EQ(r.x.agreements[0].status, "concluded");
}

}  // namespace

namespace {

// "… held a meeting with Special Envoy for Critical Minerals Daniel Whitfield on Tuesday. At the
// meeting, the two officials exchanged views on cooperation between Indonesia and Canada …": the
// meeting's own sentence names no counterpart; the sentence about the meeting right after does.
TEST(WireFacts, SentenceAboutTheMeetingNamesItsCounterpart) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "317_antara_partner_from_sentence_about_meeting.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "meeting");
  EXPECT_EQ(r.x.events[0].start, "2025-05-13");
  EXPECT_EQ(r.x.events[0].partners, std::vector<std::string>{"CA"});
}

// "… held a meeting with leaders of national exporters' associations … At the meeting, Hartono
// said that recent export conditions were largely shaped by … the U.S.-China trade dispute": two
// other countries in the sentence about the meeting are what was spoken of, no counterpart.
TEST(WireFacts, ThirdPartyDisputeAtTheMeetingIsNoCounterpart) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "318_antara_third_party_dispute_is_no_partner.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "meeting");
  EXPECT_EQ(r.x.events[0].start, "2025-06-02");
  EXPECT_TRUE(r.x.events[0].partners.empty());
}

// "Jakarta … – The Ministry of Trade said … Indonesia will request consultations … after Prime
// Minister Narendra Modi imposed a 20 percent tariff on crude palm oil imports": a head of
// government as the subject of the verb of imposing takes the measure for his own country, not the
// government writing the release. So in Brazil's copy of a US tariff raised by the President.
TEST(WireFacts, HeadImposingAbroadGivesHisCountry) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "307_jakarta_prime_minister_imposes_abroad.txt");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "IN");
  EXPECT_EQ(r.x.measures[0].kind, "tariff");
  const tw::Record b = tw::testing::extract_wire_case(*ex.value(), "340_mdic_president_named_without_country.txt");
  ASSERT_EQ(b.x.measures.size(), 1u);
  EXPECT_EQ(b.x.measures[0].jurisdiction, "US");
}

}  // namespace

namespace {

bool has_measure_kind(const tw::Record& r, const std::string& kind) {
  return std::any_of(r.x.measures.begin(), r.x.measures.end(), [&](const tw::Measure& m) { return m.kind == kind; });
}

// "welcomed Kenya's ratification of the Agreement on Fisheries Subsidies", "supports work on the
// Agreement on Subsidies and Countervailing Measures": a measure noun ending an agreement's name is
// what the agreement is about; ratifying or accepting it takes no subsidy measure. So in the WTO's
// copy of Gabon's acceptance.
TEST(WireFacts, MeasureNounInAgreementNameIsNoMeasure) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "308_nairobi_ratifies_agreement_on_subsidies.txt");
  EXPECT_FALSE(has_measure_kind(r, "subsidy"));
  EXPECT_FALSE(has_measure_kind(r, "trade_remedy"));
  const tw::Record g = tw::testing::extract_wire_case(*ex.value(), "342_dg_lede_body_named_in_passing.txt");
  EXPECT_FALSE(has_measure_kind(g, "subsidy"));
}

}  // namespace

namespace {

// "agreed … to set up a joint trade committee and decided to hold its first meeting in Rabat in
// September", in a February release: the month of a plan lies ahead, so the meeting is this
// September's, an event of its own, not last September's (background, left out).
TEST(WireFacts, MonthOfAPlanAgreedLiesAhead) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "337_reuters_agreed_to_hold_in_month.txt");
  const bool dated = std::any_of(r.x.dates.begin(), r.x.dates.end(),
                                 [](const tw::DateMention& d) { return d.value == "2024-09"; });
  EXPECT_TRUE(dated);
  const auto meeting = std::find_if(r.x.events.begin(), r.x.events.end(),
                                    [](const tw::Event& e) { return e.start == "2024-09"; });
  ASSERT_NE(meeting, r.x.events.end());
  EXPECT_EQ(meeting->type, "meeting");
  EXPECT_EQ(meeting->city, "Rabat");
  EXPECT_EQ(meeting->ordinal, std::optional<int>(1));
}

}  // namespace

namespace {

// "The two ministers reviewed the negotiations on upgrading their Comprehensive Economic
// Cooperation Agreement (CECA)": India's name for a comprehensive pact is a CEPA, and the meeting's
// two principals as the subject make the release's two governments its parties, where the
// sentence names no country.
TEST(WireFacts, TwoMinistersAsSubjectAreTheTradePactsParties) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "338_pib_two_ministers_review_ceca.txt");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].kind, "cepa");
  EXPECT_EQ(r.x.agreements[0].status, "upgrade_negotiating");
  EXPECT_EQ(r.x.agreements[0].parties, (std::vector<std::string>{"IN", "MY"}));
}

// "… signed a Comprehensive Economic Partnership Agreement …, the first trade deal between Indian
// Ocean and Gulf economies": an ocean named after a country is no mention of it, so India is neither
// a party to the pact nor a counterpart. So "shipping links through the South China Sea" and the
// "Gulf of Thailand" give no Chinese or Thai partner to talks between the Philippines and Vietnam.
TEST(WireFacts, SeaNamedAfterACountryIsNoPartyNorPartner) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "343_reuters_indian_ocean_is_no_party.txt");
  for (const auto& c : r.x.countries) EXPECT_NE(c.code, "IN");
  ASSERT_FALSE(r.x.agreements.empty());
  for (const auto& a : r.x.agreements) EXPECT_EQ(a.parties, (std::vector<std::string>{"AE", "MU"})) << a.name;
  for (const auto& e : r.x.events)
    EXPECT_EQ(std::find(e.partners.begin(), e.partners.end(), "IN"), e.partners.end()) << e.type;
  const tw::Record p = tw::testing::extract_wire_case(*ex.value(), "344_pna_talks_on_south_china_sea_routes.txt");
  for (const auto& c : p.x.countries) {
    EXPECT_NE(c.code, "CN");
    EXPECT_NE(c.code, "TH");
  }
  ASSERT_EQ(p.x.events.size(), 1u);
  EXPECT_EQ(p.x.events[0].type, "meeting");
  EXPECT_EQ(p.x.events[0].partners, std::vector<std::string>{"VN"});
}

// "Japan's top tariff negotiator said Friday the United States will apply a tariff rate of 15 percent
// on Japanese automobiles": applying a tariff takes it (the United States' on automobiles), and a
// negotiator of tariffs is a person, no Japanese measure.
TEST(WireFacts, AppliedTariffIsTakenAndANegotiatorIsNone) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "360_kyodo_us_applies_auto_tariff_rate.txt");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "US");
  EXPECT_EQ(r.x.measures[0].kind, "tariff");
  EXPECT_EQ(r.x.measures[0].sector, "automobiles");
}

// "Exports to the United States fell 8.6% after Washington raised tariffs on Indian goods": the
// capital raising tariffs is the U.S. government, so the release of figures in New Delhi has no
// Washington venue; the tariff is the United States' measure.
TEST(WireFacts, CapitalRaisingTariffsIsNoVenue) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "361_pib_exports_after_washington_raised_tariffs.txt");
  for (const auto& e : r.x.events) EXPECT_NE(e.city, "Washington") << e.type;
  ASSERT_FALSE(r.x.measures.empty());
  EXPECT_EQ(r.x.measures[0].jurisdiction, "US");
}

// "co-chaired the 4th Joint Commission of the Digital Economy Partnership Agreement (DEPA)": the
// fourth sitting of the commission is the meeting, named with its number, and neither it nor the
// pact's acronym is a body.
TEST(WireFacts, NumberedJointCommissionIsTheMeeting) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "366_mti_fourth_joint_commission.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "meeting");
  EXPECT_EQ(r.x.events[0].ordinal, 4);
  EXPECT_EQ(r.x.events[0].partners, std::vector<std::string>{"CL"});
  for (const auto& o : r.x.organizations) EXPECT_NE(o.acronym, "DEPA") << o.name;
}


// The indicator of `r` with this metric and value, or null.
const tw::Indicator* wire_indicator(const tw::Record& r, const std::string& metric, double value) {
  for (const auto& i : r.x.indicators)
    if (i.metric == metric && i.value && std::abs(*i.value - value) < 0.005 * value) return &i;
  return nullptr;
}

// "exports in September 2025 were USD 36.38 billion against USD 34.71 billion a year earlier", "In the
// same period last year, the merchandise trade deficit stood at …": both figures stand a year back.
// "Exports to the UAE in September were USD 3.12 billion; imports were USD 5.64 billion": the bare
// flow after ";" is with the same counterpart.
TEST(WireFacts, BaseAgainstAndSentenceAYearBackAreOfTheYearBefore) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "375_pib_exports_against_year_earlier.txt");
  const tw::Indicator* now = wire_indicator(r, "exports", 36.38e9);
  const tw::Indicator* base = wire_indicator(r, "exports", 34.71e9);
  const tw::Indicator* deficit = wire_indicator(r, "trade_balance", 24.03e9);
  ASSERT_NE(now, nullptr);
  ASSERT_NE(base, nullptr);
  ASSERT_NE(deficit, nullptr);
  EXPECT_EQ(now->period, "2025-09");
  EXPECT_EQ(base->period, "2024-09");
  EXPECT_EQ(deficit->period, "2024-09");
  const tw::Indicator* uae = wire_indicator(r, "imports", 5.64e9);
  ASSERT_NE(uae, nullptr);
  EXPECT_EQ(uae->partner, "AE");
}

// "a decrease of 4.7% compared with August 2024 (EUR 216.7 billion)": the amount in parentheses is
// the base of August 2024, with no change; "a EUR 9.9 billion surplus in trade in goods … compared
// with +EUR 13.8 billion in August 2024" is a balance; the "LUXEMBOURG" dateline is no counterpart.
TEST(WireFacts, BaseInParenthesesAfterItsDate) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "376_eurostat_base_in_parentheses.txt");
  const tw::Indicator* base = wire_indicator(r, "exports", 216.7e9);
  ASSERT_NE(base, nullptr);
  EXPECT_EQ(base->period, "2024-08");
  EXPECT_FALSE(base->change_pct.has_value());
  const tw::Indicator* imports = wire_indicator(r, "imports", 202.9e9);
  ASSERT_NE(imports, nullptr);
  EXPECT_EQ(imports->period, "2024-08");
  const tw::Indicator* balance = wire_indicator(r, "trade_balance", 13.8e9);
  ASSERT_NE(balance, nullptr);
  EXPECT_EQ(balance->period, "2024-08");
  for (const auto& i : r.x.indicators) EXPECT_NE(i.partner, "LU") << i.metric;
}

// "Total trade between the two countries was worth £57.9 billion": the two sides are the UK and
// Switzerland told before.
TEST(WireFacts, TradeBetweenTheTwoCountriesTakesTheSideToldBefore) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "377_dbt_two_countries_trade_worth.txt");
  const tw::Indicator* trade = wire_indicator(r, "trade", 57.9e9);
  ASSERT_NE(trade, nullptr);
  EXPECT_EQ(trade->partner, "CH");
  EXPECT_EQ(trade->period, "2024-07/2025-06");
}

// "investment from the European Union fell 12.4 percent to USD 5.1 billion": the bloc is the
// source; "its goal of achieving USD 35 billion in foreign direct investment this year" is a target;
// "The United States was the largest source with USD 7.2 billion, followed by Singapore with USD 2.6
// billion", right after the total, ranks its investors.
TEST(WireFacts, BlocSourceOfInvestmentAndGoalOfAchieving) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "378_motie_fdi_from_eu_and_export_goal.txt");
  const tw::Indicator* eu = wire_indicator(r, "fdi", 5.1e9);
  ASSERT_NE(eu, nullptr);
  EXPECT_EQ(eu->country, "EU");
  EXPECT_EQ(eu->partner, "KR");
  const tw::Indicator* goal = wire_indicator(r, "target", 35e9);
  ASSERT_NE(goal, nullptr);
  EXPECT_EQ(goal->period, "2025");
  const tw::Indicator* us = wire_indicator(r, "fdi", 7.2e9);
  const tw::Indicator* sg = wire_indicator(r, "fdi", 2.6e9);
  ASSERT_NE(us, nullptr);
  ASSERT_NE(sg, nullptr);
  EXPECT_EQ(us->country, "US");
  EXPECT_EQ(sg->country, "SG");
  EXPECT_EQ(sg->partner, "KR");
  EXPECT_EQ(sg->period, "2025-01/2025-09");
}

// "The two ministers agreed to work towards raising two-way trade to 20 billion AUD by 2027": a
// target between the ministers' countries.
TEST(WireFacts, MinistersWorkTowardsRaisingTradeIsATarget) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "379_vna_ministers_towards_raising_trade.txt");
  const tw::Indicator* goal = wire_indicator(r, "target", 20e9);
  ASSERT_NE(goal, nullptr);
  EXPECT_EQ(goal->partner, "AU");
  EXPECT_EQ(goal->period, "2027");
}

}  // namespace

namespace {

bool takes_part(const tw::Event& e, const std::string& name) {
  return std::find(e.participants.begin(), e.participants.end(), name) != e.participants.end();
}

// "The Embassy of Japan in Kenya is pleased to announce that the third Japan-Kenya Trade and
// Investment Dialogue will be held in Nairobi … Kenya's Principal Secretary … and Japanese
// Ambassador … will co-chair the dialogue": the announcing embassy publishes, though the release
// names Kenya far more often; Kenya is the counterpart, and those who co-chair take part.
TEST(WireFacts, AnnouncingEmbassyIsTheReporter) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "363_embassy_announces_dialogue.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"KE"}));
  EXPECT_TRUE(takes_part(r.x.events[0], "Alfred Omondi"));
  EXPECT_TRUE(takes_part(r.x.events[0], "Keiko Tanabe"));
}

// "The Embassy of the Republic of Korea in Vietnam is pleased to announce … Ambassador … and Vice
// Minister of Industry and Trade … will open the meeting, with the Ministry of Trade, Industry and
// Energy and Vietnam's Ministry of Industry and Trade leading …": the embassy's country publishes,
// not the government of the voice named after the one the text goes with; those who open the
// meeting chair it, and the vice minister's government is the counterpart.
TEST(WireFacts, AnnouncingBodyOutranksVoicesNamedAfterIt) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "364_embassy_open_meeting_with_ministries.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"VN"}));
  EXPECT_TRUE(takes_part(r.x.events[0], "Choi Young-sam"));
  EXPECT_TRUE(takes_part(r.x.events[0], "Nguyen Sinh Nhat Tan"));
  const tw::Person* c = wire_person(r, "Choi Young-sam");
  ASSERT_NE(c, nullptr);
  EXPECT_NE(c->country, "VN");
}

// "OTTAWA – Canada and Japan agreed …, the Ministry of Economy, Trade and Industry announced.
// Minister … Muto Yoji met Canada's Minister …": the ministry the lede credits publishes, not the
// dateline city's government; Canada is the counterpart.
TEST(WireFacts, CreditedMinistryOutranksTheDatelineCity) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "365_ottawa_dateline_credited_ministry.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"CA"}));
}

// "will lead a delegation of 40 Thai companies to Riyadh from Nov 10 to 13": the minister's trip is
// the visit, on its own dates, in the city the delegation goes to rather than the dateline's.
TEST(WireFacts, MinisterLeadingADelegationVisitsItsCity) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "367_bernama_minister_leads_delegation_to_riyadh.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "visit");
  EXPECT_EQ(r.x.events[0].start, "2024-11-10");
  EXPECT_EQ(r.x.events[0].end, "2024-11-13");
  EXPECT_EQ(r.x.events[0].city, "Riyadh");
  EXPECT_EQ(r.x.events[0].partners, std::vector<std::string>{"SA"});
}

// "The two also discussed … the EU's Carbon Border Adjustment Mechanism (CBAM)": a scheme after a
// possessive is no person; the mechanism is the EU's measure.
TEST(WireFacts, AcronymedSchemeAfterAPossessiveIsNoPerson) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "368_ustr_meets_eu_commissioner_on_cbam.txt");
  for (const auto& p : r.x.people) EXPECT_EQ(p.name.find("Mechanism"), std::string::npos) << p.name;
  EXPECT_NE(std::find_if(r.x.measures.begin(), r.x.measures.end(), [](const tw::Measure& m) { return m.kind == "carbon_border"; }),
            r.x.measures.end());
}

// "The UK has struck a trade deal with the Gulf Cooperation Council … announced today. … The deal
// is expected to be signed later this year": the deal struck is the headline's conclusion, on the
// day of the release; the signing later this year comes after it.
TEST(WireFacts, TradeDealStruckIsTheConclusionOfTheDay) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "369_dbt_uk_strikes_trade_deal_with_gcc.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "agreement");
  EXPECT_EQ(r.x.events[0].start, "2025-05-19");
  EXPECT_EQ(r.x.events[0].partners, std::vector<std::string>{"GCC"});
}

// "USTR today announced that the United States and Kenya will hold the third round of negotiations
// … in Nairobi from January 22 to 26": "today" dates the announcement; the round is held on its own
// days, the clause's "will" putting it ahead.
TEST(WireFacts, AnnouncedRoundIsHeldOnItsOwnDays) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "362_ustr_announces_next_round_with_kenya.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "negotiation");
  EXPECT_EQ(r.x.events[0].start, "2024-01-22");
  EXPECT_EQ(r.x.events[0].end, "2024-01-26");
  EXPECT_EQ(r.x.events[0].city, "Nairobi");
}

// "… welcomed the decision by … (CPTPP) parties to conclude Costa Rica's accession negotiations":
// the decision concludes the talks, and the acceding country is a party beside the bloc.
TEST(WireFacts, DecisionToConcludeAccessionTalksAddsTheJoiner) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "370_mfat_cptpp_accession_decision.txt");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].parties, (std::vector<std::string>{"CPTPP", "CR"}));
  EXPECT_EQ(r.x.agreements[0].status, "concluded");
}

// "hosted the 3rd Joint Commission of the Digital Economy Partnership Agreement (DEPA) …, with
// Singapore's Minister … and Chile's Vice Minister …": the agreement named after "of the" in the
// sitting's name stands in force, and the governments that sit on its body are its parties.
TEST(WireFacts, JointCommissionOfAnAgreementKeepsTheAgreement) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "371_mfat_depa_joint_commission.txt");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].name.rfind("Digital Economy Partnership Agreement", 0), 0u) << r.x.agreements[0].name;
  EXPECT_EQ(r.x.agreements[0].status, "in_force");
  EXPECT_EQ(r.x.agreements[0].parties, (std::vector<std::string>{"CL", "NZ", "SG"}));
}

// "… announced New Zealand will sign a Comprehensive Economic Partnership Agreement with the United
// Arab Emirates next month after concluding negotiations …", no publisher named: both governments
// are parties, the talks ended while the signing is to come, and the headline's "trade deal" is the
// same pact.
TEST(WireFacts, ConcludingGovernmentIsAPartyWithoutAPublisher) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "372_mfat_cepa_concluded_with_uae.txt");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].kind, "cepa");
  EXPECT_EQ(r.x.agreements[0].parties, (std::vector<std::string>{"AE", "NZ"}));
  EXPECT_EQ(r.x.agreements[0].status, "concluded");
}

// "Members of the … (CPTPP) concluded accession negotiations with Costa Rica": the country the
// accession talks are held with is a party beside the bloc.
TEST(WireFacts, AccessionTalksWithACountryAddTheJoiner) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "373_reuters_cptpp_accession_talks_with.txt");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].parties, (std::vector<std::string>{"CPTPP", "CR"}));
  EXPECT_EQ(r.x.agreements[0].status, "concluded");
}

// "South Korea … formally became a member of the Digital Economy Partnership Agreement (DEPA), a
// digital trade pact among Singapore, Chile and New Zealand … will start negotiations next month to
// update their bilateral free trade agreement … said that South Korea and Mercosur could conclude
// negotiations …": the joiner beside the listed members, an upgrade to come, and the pair of the
// reported clause, whose conclusion is still to come.
TEST(WireFacts, JoinerUpdateAndReportedPairOfAWireStory) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "374_yonhap_depa_member_and_mercosur.txt");
  ASSERT_EQ(r.x.agreements.size(), 3u);
  EXPECT_EQ(r.x.agreements[0].parties, (std::vector<std::string>{"CL", "KR", "NZ", "SG"}));
  EXPECT_EQ(r.x.agreements[1].parties, (std::vector<std::string>{"KR", "SG"}));
  EXPECT_EQ(r.x.agreements[1].status, "upgrade_negotiating");
  EXPECT_EQ(r.x.agreements[2].parties, (std::vector<std::string>{"KR", "MERCOSUR"}));
  EXPECT_EQ(r.x.agreements[2].status, "negotiating");
}

// "… attended by Mohamed Ali Al Shorafa Al Hammadi, Chairman of the Abu Dhabi Department of Economic
// Development, and Abdulla bin Touq Al Marri, Minister of Economy": a six-word Gulf name with its
// capitalized "Al", and a body's name that ends at ", and" before a name joined by "bin".
TEST(WireFacts, GulfNamesAndTheBodyBetweenThem) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "400_wam_gulf_names_and_bodies.txt");
  std::vector<std::string> people;
  for (const auto& p : r.x.people) people.push_back(p.name);
  EXPECT_EQ(people, (std::vector<std::string>{"Thani bin Ahmed Al Zeyoudi", "Majid bin Abdullah Al Qasabi",
                                               "Mohamed Ali Al Shorafa Al Hammadi", "Abdulla bin Touq Al Marri",
                                               "Mohammed bin Rashid Al Maktoum"}));
  ASSERT_EQ(r.x.organizations.size(), 1u);
  EXPECT_EQ(r.x.organizations[0].name, "Abu Dhabi Department of Economic Development");
}

// "BRASÍLIA (Agência Brasil) - … signed on Tuesday (7) an agreement …": a dateline in capitals
// with an accented letter names its city as one without.
TEST(WireFacts, AccentedCapitalDatelineNamesItsCity) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "401_agenciabrasil_accented_capital_dateline.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "agreement");
  EXPECT_EQ(r.x.events[0].city, "Bras\u00edlia");
  EXPECT_EQ(r.x.events[0].country, "BR");
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"PY"}));
}

// "Cumulatively, January-October exports totalled US$234.04 billion": the months before the noun
// are the period of the cumulative figure, not the month of the release's other figures.
TEST(WireFacts, MonthRangeBeforeExportsIsTheCumulativePeriod) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "392_bps_january_october_exports.txt");
  ASSERT_EQ(r.x.indicators.size(), 5u);
  EXPECT_EQ(r.x.indicators[1].period, "2025-10");
  EXPECT_EQ(r.x.indicators[4].metric, "exports");
  EXPECT_DOUBLE_EQ(*r.x.indicators[4].value, 234.04e9);
  EXPECT_EQ(r.x.indicators[4].period, "2025-01/2025-10");
}

// "The Commissioner of the Anti-Dumping Commission has initiated an inquiry into … the anti-dumping
// measures applying to … steel exported to Australia from …": the head of the body acts for its
// government, the place the goods go to.
TEST(WireFacts, HeadOfTheCommissionInitiatesForItsGovernment) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "390_adc_commissioner_of_the_commission.txt");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "AU");
  EXPECT_EQ(r.x.measures[0].kind, "anti_dumping");
  EXPECT_EQ(r.x.measures[0].sector, "steel");
}

// "The committee also approved definitive anti-dumping duties … on imports of truck and bus tyres
// from China": the committee named back imposes the second measure for the same government.
TEST(WireFacts, CommitteeNamedBackApprovesASecondMeasure) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "391_mdic_committee_also_approved.txt");
  ASSERT_EQ(r.x.measures.size(), 2u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "BR");
  EXPECT_EQ(r.x.measures[0].kind, "tariff");
  EXPECT_EQ(r.x.measures[1].jurisdiction, "BR");
  EXPECT_EQ(r.x.measures[1].kind, "anti_dumping");
}

// "… fell 11% in 2024 to $1.5 trillion, …, according to UNCTAD's World Investment Report 2025": the
// report's figures are the world's, not those of the one member it names in passing ("a large
// project in Egypt").
TEST(WireFacts, FiguresCreditedToUnctadAreNoMembers) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "393_unctad_fdi_according_to.txt");
  ASSERT_EQ(r.x.indicators.size(), 3u);
  EXPECT_EQ(r.x.indicators[0].metric, "fdi");
  EXPECT_DOUBLE_EQ(*r.x.indicators[0].value, 1.5e12);
  for (const auto& i : r.x.indicators) EXPECT_EQ(i.country, "") << i.subject;
}

// "Ha Noi, March 7 (VNA) – The Ministry of Industry and Trade (MOIT) has issued a decision imposing
// provisional anti-dumping duties … originating from China": the dateline's two-word capital names
// the government that imposes them.
TEST(WireFacts, TwoWordCapitalDatelinesTheImposer) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "394_vna_ha_noi_dateline.txt");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "VN");
  EXPECT_EQ(r.x.measures[0].kind, "anti_dumping");
  EXPECT_EQ(r.x.measures[0].sector, "steel");
}

// "anti-dumping duty … on imports of Polyvinyl Chloride (PVC) suspension resins": the case's goods
// are chemicals, its sector and a topic of the release.
TEST(WireFacts, PvcResinCaseIsInTheChemicalsSector) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "395_pib_dgtr_pvc_resin.txt");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "IN");
  EXPECT_EQ(r.x.measures[0].sector, "chemicals");
  EXPECT_NE(std::find(r.x.topics.begin(), r.x.topics.end(), "chemicals"), r.x.topics.end());
}

// "The United States remained the largest recipient, with inflows of $279 billion, followed by
// Singapore with $143 billion": the inflows are direct investment, not a figure of no metric.
TEST(WireFacts, RecipientWithInflowsIsDirectInvestment) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "396_unctad_recipient_with_inflows.txt");
  const auto it = std::find_if(r.x.indicators.begin(), r.x.indicators.end(),
                               [](const tw::Indicator& i) { return i.value && std::abs(*i.value - 279e9) < 1; });
  ASSERT_NE(it, r.x.indicators.end());
  EXPECT_EQ(it->metric, "fdi");
  EXPECT_EQ(it->period, "2024");
}

// "World merchandise trade volume is expected to grow 2.4% in 2025 …, the World Trade Organization
// said on Tuesday": a lede the international body speaks is no member's, so the world's figures
// get no member's country.
TEST(WireFacts, LedeSpokenByTheWtoIsNoMembers) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "397_reuters_wto_says_trade_forecast.txt");
  ASSERT_EQ(r.x.indicators.size(), 1u);
  EXPECT_EQ(r.x.indicators[0].metric, "trade");
  EXPECT_EQ(r.x.indicators[0].country, "");
}

// "LUXEMBOURG, 16 March 2026 (Eurostat) - ", "LUXEMBOURG - The European Investment Bank (EIB) …":
// the seat of a bloc's or an international body names no country; a city-state's own release
// under its name ("SINGAPORE - Minister-in-charge of Trade Relations …") keeps it, and speaks for
// it: the partner is the UAE alone.
TEST(WireFacts, SeatOfABodyNamesNoCountryButACityStatesOwnReleaseDoes) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  for (const char* file : {"380_eurostat_luxembourg_seat.txt", "381_eib_luxembourg_loan.txt"}) {
    const tw::Record r = tw::testing::extract_wire_case(*ex.value(), file);
    for (const auto& c : r.x.countries) EXPECT_NE(c.code, "LU") << file;
    EXPECT_FALSE(r.x.countries.empty()) << file;
  }
  const tw::Record sg = tw::testing::extract_wire_case(*ex.value(), "382_mti_singapore_dateline_own.txt");
  EXPECT_TRUE(any(sg.x.countries, [](const tw::CodeMention& c) { return c.code == "SG"; }));
  ASSERT_FALSE(sg.x.events.empty());
  EXPECT_EQ(sg.x.events[0].partners, (std::vector<std::string>{"AE"}));
}

// "Japan's Diet on Wednesday approved the … agreement, the world's largest free trade pact",
// "New Zealand's parliament last week approved the free trade agreement with the European Union":
// an adverbial between the legislature and its verb hides no ratification, and the aside restates
// the agreement.
TEST(WireFacts, LegislatureApprovesPastAnAdverbial) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record jp = tw::testing::extract_wire_case(*ex.value(), "383_kyodo_diet_weekday_approved.txt");
  ASSERT_EQ(jp.x.agreements.size(), 1u);
  EXPECT_EQ(jp.x.agreements[0].status, "ratified");
  EXPECT_EQ(jp.x.agreements[0].date, "2021-04-28");
  const tw::Record nz = tw::testing::extract_wire_case(*ex.value(), "384_reuters_parliament_last_week.txt");
  ASSERT_EQ(nz.x.agreements.size(), 1u);
  EXPECT_EQ(nz.x.agreements[0].status, "ratified");
  EXPECT_EQ(nz.x.agreements[0].parties, (std::vector<std::string>{"EU", "NZ"}));
}

// A minister's release that names no country of its own: "MFAT will now prepare …", "DFAT will
// host …" say whose government speaks, and the UAE is the partner.
TEST(WireFacts, OwnMinistryAcronymNamesTheMinistersGovernment) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record nz = tw::testing::extract_wire_case(*ex.value(), "385_mfat_minister_no_country.txt");
  ASSERT_EQ(nz.x.agreements.size(), 1u);
  EXPECT_EQ(nz.x.agreements[0].parties, (std::vector<std::string>{"AE", "NZ"}));
  EXPECT_EQ(nz.x.agreements[0].status, "concluded");
  const tw::Record au = tw::testing::extract_wire_case(*ex.value(), "386_dfat_minister_in_force.txt");
  ASSERT_FALSE(au.x.events.empty());
  EXPECT_EQ(au.x.events[0].partners, (std::vector<std::string>{"AE"}));
  ASSERT_EQ(au.x.agreements.size(), 1u);
  EXPECT_EQ(au.x.agreements[0].parties, (std::vector<std::string>{"AE", "AU"}));
  EXPECT_EQ(au.x.agreements[0].status, "in_force");
}

// "The Free Trade Agreement between the Government of the People's Republic of China and the
// Government of the Republic of Serbia officially entered into force": both parties, one agreement;
// "the AfCFTA Secretariat welcomes the deposit by … Cabo Verde of its instrument of ratification".
TEST(WireFacts, FormalGovernmentNamesAndPactSecretariat) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record cn = tw::testing::extract_wire_case(*ex.value(), "387_mofcom_between_governments.txt");
  ASSERT_EQ(cn.x.agreements.size(), 1u);
  EXPECT_EQ(cn.x.agreements[0].parties, (std::vector<std::string>{"CN", "RS"}));
  EXPECT_EQ(cn.x.agreements[0].status, "in_force");
  EXPECT_EQ(cn.x.agreements[0].date, "2024-07-01");
  const tw::Record af = tw::testing::extract_wire_case(*ex.value(), "388_afcfta_secretariat_ratification.txt");
  ASSERT_EQ(af.x.agreements.size(), 1u);
  EXPECT_EQ(af.x.agreements[0].status, "ratified");
  EXPECT_EQ(af.x.agreements[0].date, "2025-02-12");
}

// "The Department of Trade Negotiations announced that the Free Trade Agreement between Thailand and
// the EFTA States entered into force today": the negotiating word of the department's name tells no
// step of the agreement.
TEST(WireFacts, CueInsideABodysNameTellsNoStatus) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "389_dtn_thailand_efta_in_force.txt");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].parties, (std::vector<std::string>{"EFTA", "TH"}));
  EXPECT_EQ(r.x.agreements[0].status, "in_force");
  EXPECT_EQ(r.x.agreements[0].date, "2026-01-01");
}

// "The African Continental Free Trade Area (AfCFTA) Secretariat and the African Export-Import Bank
// (Afreximbank) on Friday launched the AfCFTA Adjustment Fund": no step of the agreement.
TEST(WireFacts, SecretariatLaunchingAFundLaunchesNoAgreement) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "402_afcfta_secretariat_launches_fund.txt");
  EXPECT_TRUE(r.x.agreements.empty());
  ASSERT_FALSE(r.x.indicators.empty());
  EXPECT_EQ(r.x.indicators.back().value, 192200000000.0);
}

// "Chilean exports to Korea … reached US$4,200 million in the first nine months of the year, 6.5%
// more than in the same period of 2023": the comparison signs the change.
TEST(WireFacts, PercentMoreThanInAPeriodIsTheChange) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "403_subrei_percent_more_than_in_period.txt");
  ASSERT_EQ(r.x.indicators.size(), 1u);
  EXPECT_EQ(r.x.indicators[0].metric, "exports");
  EXPECT_EQ(r.x.indicators[0].partner, "KR");
  EXPECT_EQ(r.x.indicators[0].period, "2024-01/2024-09");
  EXPECT_EQ(r.x.indicators[0].change_pct, 6.5);
}

// "Vietnam and the United Arab Emirates have concluded negotiations … Two-way trade reached 6.8
// billion USD in 2023, down 8.2% from a year earlier": the pair of the release.
TEST(WireFacts, TwoWayTradeIsThePairs) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "404_vna_two_way_trade_pair.txt");
  ASSERT_EQ(r.x.indicators.size(), 1u);
  EXPECT_EQ(r.x.indicators[0].metric, "trade");
  EXPECT_EQ(r.x.indicators[0].country, "VN");
  EXPECT_EQ(r.x.indicators[0].partner, "AE");
  EXPECT_EQ(r.x.indicators[0].change_pct, -8.2);
}

// "S. Korea, Chile agree to upgrade FTA … met on the sidelines of the APEC ministerial meeting in
// Lima, Peru. Bilateral trade reached US$7.4 billion last year": the one side the title names
// besides the figure's country, not the venue's country told nearer.
TEST(WireFacts, BilateralTradeTakesTheTitlesPairNotTheVenues) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "39_yonhap_korea_chile_apec_lima.txt");
  ASSERT_EQ(r.x.indicators.size(), 1u);
  EXPECT_EQ(r.x.indicators[0].country, "KR");
  EXPECT_EQ(r.x.indicators[0].partner, "CL");
}

// "The Department for Business and Trade (DBT) today announced that the sixth round of negotiations
// on a UK-GCC Free Trade Agreement concluded in Riyadh on 14 November 2025": the round's own day.
TEST(WireFacts, RoundConcludedOnADayInTheAnnouncedClause) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "445_dbt_round_concluded_day_in_clause.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "negotiation");
  EXPECT_EQ(r.x.events[0].start, "2025-11-14");
  EXPECT_EQ(r.x.events[0].city, "Riyadh");
  EXPECT_EQ(r.x.events[0].partners, std::vector<std::string>{"GCC"});
}

// "Wang Wentao, Minister of Commerce of the People's Republic of China, MUTO Yoji, Minister of
// Economy, Trade and Industry of Japan, and AHN Duk-geun, Minister of Trade, Industry and Energy of
// the Republic of Korea, held the 12th … Meeting": three ministers, each with his own title.
TEST(WireFacts, TrilateralMinistersWithFamilyNamesInCapitals) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "446_trilateral_ministers_family_names_in_capitals.txt");
  std::vector<std::string> names;
  for (const auto& p : r.x.people) names.push_back(p.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Wang Wentao", "MUTO Yoji", "AHN Duk-geun"}));
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].participants, names);
}

// "… announced new export controls on advanced semiconductors …, expanding restrictions first
// imposed in 2022": the recalled imposition is background; the title's decision is the lede's,
// on Tuesday.
TEST(WireFacts, RestrictionsFirstImposedAreBackground) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "435_reuters_chip_controls_first_imposed.txt");
  ASSERT_EQ(r.x.events.size(), 1u);
  EXPECT_EQ(r.x.events[0].type, "decision");
  EXPECT_EQ(r.x.events[0].start, "2026-05-19");
  ASSERT_FALSE(r.x.measures.empty());
  EXPECT_EQ(r.x.measures[0].jurisdiction, "US");
  EXPECT_EQ(r.x.measures[0].kind, "export_control");
  EXPECT_EQ(r.x.measures[0].sector, "semiconductors");
}

// "Indonesia will ban exports of unprocessed bauxite from June 10 …, President Prabowo Subianto said
// on Tuesday. The government has already banned nickel ore exports since 2020": the ban already in
// place is background; the decision is Tuesday's.
TEST(WireFacts, BanAlreadyInPlaceIsBackground) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "436_reuters_indonesia_already_banned.txt");
  ASSERT_EQ(r.x.events.size(), 1u);
  EXPECT_EQ(r.x.events[0].type, "decision");
  EXPECT_EQ(r.x.events[0].start, "2026-05-19");
  ASSERT_FALSE(r.x.measures.empty());
  EXPECT_EQ(r.x.measures[0].jurisdiction, "ID");
  EXPECT_EQ(r.x.measures[0].kind, "export_control");
  EXPECT_EQ(r.x.measures[0].sector, "critical_minerals");
}

// "… photovoltaic cells from Malaysia, Thailand, Cambodia and Vietnam benefited from unfair
// subsidies, setting countervailing duties of up to 292 percent": one U.S. remedy; the subsidies
// are the case's subject, no U.S. measure.
TEST(WireFacts, UnfairSubsidiesAreTheCasesSubject) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "437_bloomberg_cvd_unfair_subsidies_solar.txt");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "US");
  EXPECT_EQ(r.x.measures[0].kind, "trade_remedy");
}

// "the European Union's tariff-rate quota for butter had been exhausted": the EU's quota on farm
// goods, of concern to New Zealand.
TEST(WireFacts, ButterQuotaIsAgriculture) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "438_mfat_eu_butter_quota_exhausted.txt");
  ASSERT_FALSE(r.x.measures.empty());
  EXPECT_EQ(r.x.measures[0].jurisdiction, "EU");
  EXPECT_EQ(r.x.measures[0].kind, "tariff_rate_quota");
  EXPECT_EQ(r.x.measures[0].sector, "agriculture_fisheries");
  EXPECT_EQ(r.x.measures[0].stance, "concern");
}

// "… regretted the U.S. decision to impose a 39 percent tariff on Swiss imports. … the government
// would not take countermeasures for now": the U.S. tariff only; Switzerland takes none.
TEST(WireFacts, CountermeasuresNotTakenAreNone) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "439_seco_would_not_take_countermeasures.txt");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "US");
  EXPECT_EQ(r.x.measures[0].kind, "tariff");
  EXPECT_EQ(r.x.measures[0].stance, "oppose");
}

// "… co-chaired the 7th South Africa-China Joint Economic and Trade Committee in Beijing on
// Tuesday": one meeting, in Beijing; "Economic and Trade" lists no second one.
TEST(WireFacts, JointEconomicAndTradeCommitteeIsOneMeeting) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "440_dtic_china_joint_economic_and_trade_committee.txt");
  ASSERT_EQ(r.x.events.size(), 1u);
  EXPECT_EQ(r.x.events[0].type, "meeting");
  EXPECT_EQ(r.x.events[0].start, "2026-05-19");
  EXPECT_EQ(r.x.events[0].city, "Beijing");
}

// "Thailand reopens maize import quota" over "… said on Tuesday it had reopened its tariff-rate
// quota for imports of maize under the ASEAN Trade in Goods Agreement": Thailand's decision of
// Tuesday on a farm-goods quota; the pact's bloc is no counterpart.
TEST(WireFacts, QuotaReopenedIsADecision) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "441_thailand_reopens_maize_quota.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "decision");
  EXPECT_EQ(r.x.events[0].start, "2026-05-19");
  EXPECT_TRUE(r.x.events[0].partners.empty());
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "TH");
  EXPECT_EQ(r.x.measures[0].kind, "tariff_rate_quota");
  EXPECT_EQ(r.x.measures[0].sector, "agriculture_fisheries");
  EXPECT_EQ(r.x.measures[0].announced, "2026-05-19");
}

// "… the European Union's countervailing duties on Chinese-made electric vehicles … The European
// Commission said it would defend its duties, which offset unfair subsidies": the EU's remedy on
// electric vehicles, no EU subsidy.
TEST(WireFacts, DutiesThatOffsetSubsidiesAreTheRemedyOnly) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "442_reuters_eu_cvd_offset_subsidies.txt");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "EU");
  EXPECT_EQ(r.x.measures[0].kind, "trade_remedy");
  EXPECT_EQ(r.x.measures[0].sector, "electric_vehicles");
}

// "South Africa has extended its safeguard duty on imports of hot-rolled steel coils …, the
// International Trade Administration Commission (ITAC) said on Tuesday": its own measure extended
// anew, announced that Tuesday.
TEST(WireFacts, SafeguardExtendedIsAnnouncedThatDay) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "443_reuters_south_africa_extended_its_safeguard.txt");
  ASSERT_FALSE(r.x.measures.empty());
  EXPECT_EQ(r.x.measures[0].jurisdiction, "ZA");
  EXPECT_EQ(r.x.measures[0].kind, "safeguard");
  EXPECT_EQ(r.x.measures[0].sector, "steel");
  EXPECT_EQ(r.x.measures[0].announced, "2026-05-19");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "decision");
  EXPECT_EQ(r.x.events[0].start, "2026-05-19");
}


// "Peru ratifies CPTPP": a pact ratified, named in the headline by its short name, is the title's
// agreement event.
TEST(WireFacts, HeadlineRatificationOfAKnownPactIsAnAgreementEvent) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "405_andina_peru_ratifies_cptpp.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "agreement");
  EXPECT_EQ(r.x.events[0].start, "2021-07-20");
  EXPECT_EQ(r.x.events[0].partners, std::vector<std::string>{"CPTPP"});
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].status, "ratified");
}

// "met Chilean President Gabriel Boric on Monday, August 5, at Palácio do Planalto in Brasília":
// the venue's name runs through its particle.
TEST(WireFacts, VenueNameRunsThroughItsParticle) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "406_agenciabrasil_palacio_do_planalto.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].venue, "Palácio do Planalto");
  EXPECT_EQ(r.x.events[0].city, "Brasília");
  const tw::Record p = tw::testing::extract_wire_case(*ex.value(), "401_agenciabrasil_accented_capital_dateline.txt");
  ASSERT_FALSE(p.x.events.empty());
  EXPECT_EQ(p.x.events[0].venue, "Palácio do Planalto");
}

// "Mexico to increase import duties on 1,463 tariff lines … The Ministry of Economy sent to
// Congress an initiative to increase import duties of up to 50% …": the government's tariff
// decision, and its measure.
TEST(WireFacts, IncreasingImportDutiesIsATariffMeasure) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "407_economia_increase_import_duties.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "decision");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "MX");
  EXPECT_EQ(r.x.measures[0].kind, "tariff");
}

// "Presidents Luiz Inácio Lula da Silva and Alberto Fernández met on Monday at the Casa Rosada":
// each name listed after the plural title is a president, and takes part.
TEST(WireFacts, PluralPresidentsBeforeTwoNames) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "408_agenciabrasil_presidents_plural_title.txt");
  ASSERT_EQ(r.x.people.size(), 2u);
  EXPECT_EQ(r.x.people[0].name, "Luiz Inácio Lula da Silva");
  EXPECT_EQ(r.x.people[0].title, "President");
  EXPECT_EQ(r.x.people[1].name, "Alberto Fernández");
  EXPECT_EQ(r.x.people[1].title, "President");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].venue, "Casa Rosada");
  EXPECT_EQ(r.x.events[0].participants.size(), 2u);
}

// "met on Friday at the Palacio de La Moneda for the XVII Summit", "signed … at the Great Hall of
// the People in Beijing": a venue runs through "of the" before a capital, and ends on no joiner.
TEST(WireFacts, VenueRunsThroughOfTheAndEndsOnNoJoiner) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record a = tw::testing::extract_wire_case(*ex.value(), "409_subrei_venue_ends_on_no_joiner.txt");
  ASSERT_FALSE(a.x.events.empty());
  EXPECT_EQ(a.x.events[0].venue, "Palacio de La Moneda");
  const tw::Record b = tw::testing::extract_wire_case(*ex.value(), "412_agenciabrasil_great_hall_of_the_people.txt");
  ASSERT_FALSE(b.x.events.empty());
  EXPECT_EQ(b.x.events[0].venue, "Great Hall of the People");
  EXPECT_EQ(b.x.events[0].city, "Beijing");
}

// "held its tenth meeting on 5 and 6 September in Mexico City": the two days are the meeting's
// dates, no part of its name.
TEST(WireFacts, TwoDaysAfterOnAreNoPartOfTheName) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "410_economia_meeting_on_two_days.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].start, "2023-09-05");
  EXPECT_EQ(r.x.events[0].end, "2023-09-06");
  EXPECT_EQ(r.x.events[0].name.find("September"), std::string::npos) << r.x.events[0].name;
  EXPECT_EQ(r.x.events[0].ordinal, 10);
}

// "under Resolution 25/2024 published in the Official Gazette on Monday": the resolution's number
// is no date, so the decision is Monday's.
TEST(WireFacts, ResolutionNumberIsNoYear) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "411_cancilleria_resolution_number_year.txt");
  for (const auto& d : r.x.dates) EXPECT_NE(d.value, "2024") << d.text;
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].start, "2024-04-08");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].kind, "safeguard");
}

// "LIMA (Andina) - Colombia's Minister … and Peru's Minister … met in Lima": Peru's national agency
// reports, so Colombia is the meeting's partner and the bilateral figure is Peru's.
TEST(WireFacts, AndinaCreditSpeaksForPeru) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "413_andina_national_agency_partner.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].partners, std::vector<std::string>{"CO"});
  ASSERT_EQ(r.x.indicators.size(), 1u);
  EXPECT_EQ(r.x.indicators[0].country, "PE");
  EXPECT_EQ(r.x.indicators[0].partner, "CO");
}

// "met on Wednesday, December 6, in Foz do Iguaçu, in the state of Paraná": a conference city
// outside the capitals places the meeting, not the agency's dateline.
TEST(WireFacts, FozDoIguacuPlacesTheMeeting) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "414_mdic_mercosur_ministers_foz_do_iguacu.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].city, "Foz do Iguaçu");
  EXPECT_EQ(r.x.events[0].country, "BR");
}

// "The United States remained the largest recipient of FDI with $311 billion, followed by Singapore
// with $159 billion and China with $116 billion": each ranked place is its own amount's side.
TEST(WireFacts, RankedRecipientsWithTheirAmounts) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "425_unctad_fdi_ranking_with.txt");
  ASSERT_GE(r.x.indicators.size(), 4u);
  EXPECT_EQ(r.x.indicators[1].metric, "fdi");
  EXPECT_EQ(r.x.indicators[1].value, 311e9);
  EXPECT_EQ(r.x.indicators[1].partner, "US");
  EXPECT_EQ(r.x.indicators[2].value, 159e9);
  EXPECT_EQ(r.x.indicators[2].partner, "SG");
  EXPECT_EQ(r.x.indicators[3].value, 116e9);
  EXPECT_EQ(r.x.indicators[3].partner, "CN");
  for (const auto& ind : r.x.indicators) EXPECT_EQ(ind.country, "");
}

// "Canadian steel exports to the United States reached C$11.3 billion, and the counter-tariffs take
// effect on March 13, 2025": the day the measure starts is no period of the export figure.
TEST(WireFacts, MeasuresStartDatesNoFigure) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "426_ottawa_counter_tariffs_take_effect.txt");
  ASSERT_EQ(r.x.indicators.size(), 2u);
  EXPECT_EQ(r.x.indicators[0].period, "2024");
  EXPECT_EQ(r.x.indicators[1].value, 11.3e9);
  EXPECT_EQ(r.x.indicators[1].partner, "US");
  EXPECT_NE(r.x.indicators[1].period, "2025-03-13");
}

// "China was the main destination of non-oil and gas exports at US$51.2 billion, followed by the
// United States at US$25.1 billion and India at US$15.6 billion": each destination its own amount's.
TEST(WireFacts, RankedDestinationsAtTheirAmounts) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "427_bps_destinations_ranked_at.txt");
  ASSERT_EQ(r.x.indicators.size(), 5u);
  EXPECT_EQ(r.x.indicators[2].partner, "CN");
  EXPECT_EQ(r.x.indicators[3].partner, "US");
  EXPECT_EQ(r.x.indicators[4].partner, "IN");
  for (const auto& ind : r.x.indicators) EXPECT_EQ(ind.country, "ID");
}

// "For the year to date, exports of goods and services rose 5.9 percent to $2,400.5 billion": the
// opening words date the figure to the year, not the month told in the sentence before.
TEST(WireFacts, YearToDateOpeningDatesTheFigure) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "428_census_year_to_date_opening.txt");
  ASSERT_EQ(r.x.indicators.size(), 4u);
  EXPECT_EQ(r.x.indicators[2].period, "2025-09");
  EXPECT_EQ(r.x.indicators[3].value, 2400.5e9);
  EXPECT_EQ(r.x.indicators[3].period, "2025");
  EXPECT_EQ(r.x.indicators[3].change_pct, 5.9);
}

// "up 5.94% from US$198.54 billion": the percentage and the change read as written.
TEST(WireFacts, DecimalPercentReadsAsWritten) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "429_commerce_india_quarter_fy_decimals.txt");
  ASSERT_GE(r.x.indicators.size(), 2u);
  EXPECT_EQ(r.x.indicators[0].period, "2025-04/2025-06");
  EXPECT_EQ(r.x.indicators[0].change_pct, 5.94);
  EXPECT_EQ(r.x.indicators[1].period, "2024-04/2024-06");
  bool found = false;
  for (const auto& p : r.x.percents) found |= p.value == 5.94;
  EXPECT_TRUE(found);
}

// "The goods trade balance with the United States posted a surplus of $23.9 billion": Canada's
// balance, the United States its counterpart. "Canada's current account deficit narrowed … to $9.7
// billion" is no trade balance, but dates the balances after it.
TEST(WireFacts, BalanceWithTheUSPostedIsTheReportersBalance) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "430_statcan_balance_with_the_us_posted.txt");
  ASSERT_EQ(r.x.indicators.size(), 2u);
  EXPECT_EQ(r.x.indicators[0].value, 23.9e9);
  EXPECT_EQ(r.x.indicators[0].country, "CA");
  EXPECT_EQ(r.x.indicators[0].partner, "US");
  EXPECT_EQ(r.x.indicators[0].period, "2025-Q3");
  EXPECT_EQ(r.x.indicators[1].country, "CA");
  EXPECT_EQ(r.x.indicators[1].partner, "");
}

// "the largest surpluses in September 2025 were recorded by Germany (+€17.1 bn), Ireland (+€8.2 bn)
// and Italy (+€4.0 bn). The largest deficits were recorded in France (-€7.0 bn), …": each member
// state's own balance.
TEST(WireFacts, MemberStatesListedWithSignedBalancesOwnThem) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "431_eurostat_member_states_signed_balances.txt");
  ASSERT_EQ(r.x.indicators.size(), 8u);
  const char* owners[] = {"DE", "IE", "IT", "FR", "ES", "GR"};
  for (int i = 0; i < 6; ++i) {
    EXPECT_EQ(r.x.indicators[i + 2].metric, "trade_balance");
    EXPECT_EQ(r.x.indicators[i + 2].country, owners[i]);
    EXPECT_EQ(r.x.indicators[i + 2].partner, "");
    EXPECT_EQ(r.x.indicators[i + 2].period, "2025-09");
  }
}

// "Korea's exports to the U.S. amounted to $127.8 billion in 2024, while imports came to $72.2
// billion": the imports are from the United States too.
TEST(WireFacts, BareFlowAfterWhileSharesTheCounterpart) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "432_korea_us_surplus_record_while_imports.txt");
  ASSERT_EQ(r.x.indicators.size(), 4u);
  EXPECT_EQ(r.x.indicators[0].period, "2024");
  EXPECT_EQ(r.x.indicators[0].change_pct, 24.8);
  EXPECT_EQ(r.x.indicators[3].metric, "imports");
  EXPECT_EQ(r.x.indicators[3].value, 72.2e9);
  EXPECT_EQ(r.x.indicators[3].country, "KR");
  EXPECT_EQ(r.x.indicators[3].partner, "US");
  EXPECT_EQ(r.x.indicators[3].period, "2024");
}

// "RIYADH, May 18 (SPA) -- The General Secretariat of the Gulf Cooperation Council (GCC) announced
// … negotiations between the GCC countries and Japan": the bloc reports over the Saudi agency, so
// the talks' partner is Japan alone.
TEST(WireFacts, GulfSecretariatOverSaudiAgencyReportsForTheBloc) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "415_spa_gcc_secretariat_announces_round.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "negotiation");
  EXPECT_EQ(r.x.events[0].partners, std::vector<std::string>{"JP"});
}

// "Secretary General of the Gulf Cooperation Council (GCC) Jasem Mohamed Al-Budaiwi welcomed …
// He said trade between the GCC and the UK reached GBP 57 billion in 2025": the bloc's figure,
// with the United Kingdom its partner, and the agreement's counterpart the UK.
TEST(WireFacts, GulfSecretaryGeneralsFigureIsTheBlocs) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "416_spa_gcc_secretary_general_welcomes.txt");
  ASSERT_EQ(r.x.indicators.size(), 1u);
  EXPECT_EQ(r.x.indicators[0].country, "GCC");
  EXPECT_EQ(r.x.indicators[0].partner, "GB");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].partners, std::vector<std::string>{"GB"});
}

// "The Gulf Cooperation Council (GCC) General Secretariat expressed concern over the United States'
// decision to impose a 25 percent tariff on aluminium imports": the tariff is the United States',
// and the bloc's concern is the stance.
TEST(WireFacts, GulfSecretariatsConcernOverAnotherGovernmentsTariff) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "417_spa_gcc_secretariat_concern_over_tariff.txt");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "US");
  EXPECT_EQ(r.x.measures[0].kind, "tariff");
  EXPECT_EQ(r.x.measures[0].stance, "concern");
}

// "The Commissioner of the Anti-Dumping Commission has initiated an investigation into alleged
// dumping of certain aluminium extrusions exported from the People's Republic of China. The
// investigation follows an application lodged on 3 March 2026 …": Australia's case against China's
// goods, dated by the notice, not by the application.
TEST(WireFacts, AntiDumpingCommissionNoticeIsAustralias) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "418_adc_notice_names_no_australia.txt");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "AU");
  EXPECT_EQ(r.x.measures[0].kind, "anti_dumping");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "decision");
  EXPECT_EQ(r.x.events[0].start, "2026-05-12");
  EXPECT_EQ(r.x.events[0].partners, std::vector<std::string>{"CN"});
}

// "… exported from Thailand and Malaysia, following an application lodged on 3 March 2026 by
// Liberty OneSteel": the filing day in the lede's own sentence dates neither the initiation nor
// the measure's announcement.
TEST(WireFacts, ApplicationLodgedInTheLedeDatesNoInitiation) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "419_adc_application_lodged_in_lede.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].start, "2026-04-02");
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"MY", "TH"}));
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "AU");
  EXPECT_NE(r.x.measures[0].announced, "2026-03-03");
}

// "… following an application from New Zealand Steel Limited lodged on 14 January 2026. The
// investigation was initiated on 20 March 2026": the initiation's own day dates the decision.
TEST(WireFacts, InitiationDayOverTheApplicationsDay) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "420_mbie_initiated_on_its_own_day.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "decision");
  EXPECT_EQ(r.x.events[0].start, "2026-03-20");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "NZ");
  EXPECT_NE(r.x.measures[0].announced, "2026-01-14");
}

// "The Trade Remedies Authority (TRA) has today initiated a transition review of anti-dumping
// measures on aluminium foil from China": the United Kingdom's authority and its measure, though
// the notice never names the country.
TEST(WireFacts, TradeRemediesAuthorityReviewIsTheUks) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "421_tra_transition_review_names_no_uk.txt");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "GB");
  EXPECT_EQ(r.x.measures[0].kind, "anti_dumping");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].start, "2026-05-14");
  EXPECT_EQ(r.x.events[0].partners, std::vector<std::string>{"CN"});
}

// "The Ministry of Commerce announced on Thursday that it firmly opposes the European Commission's
// in-depth investigation under the Foreign Subsidies Regulation …": the Commission's investigation,
// which the announcing ministry opposes; the Commission does not report it.
TEST(WireFacts, UnnamedMinistryOpposesTheCommissionsInvestigation) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "422_mofcom_unnamed_ministry_opposes_commission.txt");
  ASSERT_FALSE(r.x.measures.empty());
  EXPECT_EQ(r.x.measures[0].jurisdiction, "EU");
  EXPECT_EQ(r.x.measures[0].kind, "foreign_subsidy_investigation");
  EXPECT_EQ(r.x.measures[0].stance, "oppose");
}

// "Minister of Commerce Dr. Majid Al-Qasabi received on Monday Secretary General of the Gulf
// Cooperation Council Jasem Mohamed Al-Budaiwi in Riyadh": Saudi Arabia reports; the bloc is its
// guest and a side of the talks.
TEST(WireFacts, GulfHeadReceivedByAMemberIsAGuest) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "423_spa_minister_receives_gcc_secretary_general.txt");
  ASSERT_FALSE(r.x.events.empty());
  const auto& partners = r.x.events[0].partners;
  EXPECT_NE(std::find(partners.begin(), partners.end(), "GCC"), partners.end());
  EXPECT_EQ(r.x.events[0].city, "Riyadh");
}

// "The Anti-Dumping Commission has initiated an investigation into alleged dumping of steel
// reinforcing bar exported from the People's Republic of China and Vietnam": Australia's case,
// against both origins.
TEST(WireFacts, AntiDumpingCommissionInitiatingIsAustralias) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "424_adc_commission_has_initiated.txt");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "AU");
  EXPECT_EQ(r.x.measures[0].kind, "anti_dumping");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"CN", "VN"}));
}

// "Indonesia and the European Union signed a comprehensive economic partnership agreement … Trade
// between the two reached $30.1 billion in 2024": the pair told before.
TEST(WireFacts, TradeBetweenTheTwoIsThePair) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "447_reuters_trade_between_the_two.txt");
  ASSERT_EQ(r.x.indicators.size(), 1u);
  EXPECT_EQ(r.x.indicators[0].metric, "trade");
  EXPECT_EQ(r.x.indicators[0].country, "ID");
  EXPECT_EQ(r.x.indicators[0].partner, "EU");
  EXPECT_EQ(r.x.indicators[0].period, "2024");
}

// "EU, Mercosur sign trade deal …" over "The European Union and the South American Mercosur bloc
// signed a free trade agreement …, despite … opposition from French and Irish farmers": the body's
// pact, of the subject pair, is the headline's deal.
TEST(WireFacts, DescribedBlocInSubjectPairSignsTheFta) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "478_reuters_bloc_pair_described.txt");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].kind, "fta");
  EXPECT_EQ(r.x.agreements[0].status, "signed");
  EXPECT_EQ(r.x.agreements[0].parties, (std::vector<std::string>{"EU", "MERCOSUR"}));
}

// "Kenya's exports to the United Kingdom rose 12% … in 2024 under the Kenya-UK Economic Partnership
// Agreement, which entered into force in March 2021, … said on Wednesday": the agreement's entry
// into force is dated March 2021, and the exports keep their year.
TEST(WireFacts, RelativeClauseDatesTheAgreementsEntryIntoForce) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "479_kenya_epa_which_entered_into_force.txt");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].kind, "epa");
  EXPECT_EQ(r.x.agreements[0].date, "2021-03");
  ASSERT_FALSE(r.x.indicators.empty());
  EXPECT_EQ(r.x.indicators[0].period, "2024");
}

// "OTTAWA - The Canada Border Services Agency (CBSA) made a preliminary determination of dumping
// respecting certain upholstered domestic seating originating in or exported from China and
// Vietnam": the agency's finding is Canada's anti-dumping case, its own news of the day.
TEST(WireFacts, PreliminaryDeterminationOfDumpingIsTheCase) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "458_cbsa_preliminary_determination_of_dumping.txt");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "CA");
  EXPECT_EQ(r.x.measures[0].kind, "anti_dumping");
  EXPECT_EQ(r.x.measures[0].stance, "neutral");
  EXPECT_EQ(r.x.measures[0].announced, "2026-03-17");
}

// "The Canada Border Services Agency today made a final determination of subsidizing in respect of
// certain concrete reinforcing bar …": a countervailing case, announced the day of the release.
TEST(WireFacts, FinalDeterminationOfSubsidizingIsTheCase) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "459_cbsa_final_determination_of_subsidizing.txt");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "CA");
  EXPECT_EQ(r.x.measures[0].kind, "trade_remedy");
  EXPECT_EQ(r.x.measures[0].announced, "2026-03-23");
}

// "The Anti-Dumping Commission has terminated the investigation into alleged dumping of precision
// pipe and tube steel exported from Taiwan and Thailand": Australia ends its own case.
TEST(WireFacts, TerminatedInvestigationIsTheAuthoritysCase) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "460_adc_has_terminated_the_investigation.txt");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "AU");
  EXPECT_EQ(r.x.measures[0].kind, "anti_dumping");
}

// "The European Commission has terminated the investigation concerning imports of woven glass fibre
// fabrics originating in Egypt": ending its case is the Commission's decision, a remedy case whose
// remedy the text does not name.
TEST(WireFacts, TerminatedInvestigationOfNoNamedRemedy) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "466_commission_terminated_investigation_unnamed_remedy.txt");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "EU");
  EXPECT_EQ(r.x.measures[0].kind, "trade_remedy");
  EXPECT_EQ(r.x.measures[0].stance, "neutral");
}

// "The European Commission has opened an in-depth investigation under the Foreign Subsidies
// Regulation … China's commerce ministry criticised the anti-subsidy probe as unfair": one review,
// no trade remedy.
TEST(WireFacts, AntiSubsidyProbeUnderFsrIsNoTradeRemedy) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "461_commission_fsr_title_press_anti_subsidy_probe.txt");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "EU");
  EXPECT_EQ(r.x.measures[0].kind, "foreign_subsidy_investigation");
}

// "The Ministry of Commerce announced on Wednesday that it firmly opposes the anti-dumping
// investigation launched by Mexico": Mexico's case, which the unnamed ministry opposes; Mexico does
// not report it.
TEST(WireFacts, UnnamedMinistryOpposesANamedCountrysCase) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "462_unnamed_ministry_opposes_probe_by_named_country.txt");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "MX");
  EXPECT_EQ(r.x.measures[0].stance, "oppose");
}

// "BEIJING - The Ministry of Commerce announced on Friday that it firmly opposes the anti-dumping
// investigation launched by Brazil into imports of PET resin": the dateline makes the ministry
// China's; the case is Brazil's, which China opposes.
TEST(WireFacts, CaseLaunchedByTheNamedCountryIsItsOwn) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "467_beijing_dateline_ministry_opposes_named_country.txt");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "BR");
  EXPECT_EQ(r.x.measures[0].kind, "anti_dumping");
  EXPECT_EQ(r.x.measures[0].stance, "oppose");
}

// The reporter a wire case's release gets (the "reporter" trace of an explained extraction).
std::string wire_case_reporter(const tw::Extractor& ex, const char* file) {
  std::vector<tw::Release> releases;
  auto st = tw::read_feed(std::string(TW_SOURCE_DIR "/tests/cases/wire/") + file,
                          [&](tw::Release&& r) { releases.push_back(std::move(r)); }, [](const tw::ReadError&) {});
  EXPECT_TRUE(st.ok());
  if (releases.empty()) return "?";
  const tw::Record r = ex.extract(std::move(releases[0]), true);
  for (const auto& t : r.x.traces)
    if (t.field == "reporter") return t.item;
  return {};
}

// "…, Rebeca Grynspan, Secretary-General of UN Trade and Development (UNCTAD), said on Monday",
// "…, Ngozi Okonjo-Iweala, Director-General of the World Trade Organization (WTO), said in Geneva":
// the body speaks, not a member its figures name.
TEST(WireFacts, InternationalHeadCreditedByTitleAndAcronym) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  EXPECT_EQ(wire_case_reporter(*ex.value(), "463_unctad_secretary_general_credit_said.txt"), "");
  EXPECT_EQ(wire_case_reporter(*ex.value(), "464_wto_director_general_credit_said.txt"), "");
}

// "LUXEMBOURG - The euro area recorded a EUR 31.4 billion surplus … The figures were released by
// Eurostat, the statistical office of the European Union": the city is Eurostat's seat; the
// balance is the EU's.
TEST(WireFacts, LuxembourgDatelineOfEurostatCreditedLater) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "465_eurostat_luxembourg_credited_in_closing.txt");
  EXPECT_TRUE(std::none_of(r.x.countries.begin(), r.x.countries.end(), [](const tw::CodeMention& m) { return m.code == "LU"; }));
  ASSERT_FALSE(r.x.indicators.empty());
  EXPECT_EQ(r.x.indicators[0].metric, "trade_balance");
  EXPECT_EQ(r.x.indicators[0].country, "EU");
}

// "Philippine exports to Japan fell 4.2 percent to $1.06 billion in March, but those to the United
// States rose 2.8 percent to $1.12 billion": "those to" names the second figure's own counterpart.
TEST(WireFacts, ThoseToNamesTheFiguresOwnPartner) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "448_those_to_names_own_partner.txt");
  ASSERT_EQ(r.x.indicators.size(), 2u);
  EXPECT_EQ(r.x.indicators[0].partner, "JP");
  EXPECT_EQ(r.x.indicators[1].metric, "exports");
  EXPECT_EQ(r.x.indicators[1].country, "PH");
  EXPECT_EQ(r.x.indicators[1].partner, "US");
  EXPECT_EQ(r.x.indicators[1].subject.rfind("those to", 0), 0u);
}

// "Australia's current account deficit widened to A$16.9 billion …. The goods and services trade
// surplus narrowed to A$11.4 billion": only the second is a trade balance.
TEST(WireFacts, CurrentAccountDeficitIsNoTradeBalance) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "449_current_account_is_no_trade_balance.txt");
  ASSERT_EQ(r.x.indicators.size(), 1u);
  EXPECT_EQ(r.x.indicators[0].metric, "trade_balance");
  EXPECT_EQ(r.x.indicators[0].value, 11.4e9);
  EXPECT_EQ(r.x.indicators[0].period, "2026-Q1");
}

// "The tariff applies to Canadian exports worth $7.8 billion a year": the goods the measure
// covers, no export figure.
TEST(WireFacts, TariffAppliesToExportsWorthIsNoFigure) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "450_tariff_applies_to_exports_worth.txt");
  EXPECT_TRUE(r.x.indicators.empty());
  ASSERT_FALSE(r.x.measures.empty());
}

// "Trade between Türkiye and Azerbaijan exceeded $7 billion last year, reaching $7.3 billion": one
// figure, the value reached.
TEST(WireFacts, TradeExceededThenReachedIsOneFigure) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "451_trade_topped_then_reached.txt");
  ASSERT_EQ(r.x.indicators.size(), 2u);
  EXPECT_EQ(r.x.indicators[0].metric, "trade");
  EXPECT_EQ(r.x.indicators[0].value, 7.3e9);
  EXPECT_EQ(r.x.indicators[0].period, "2025");
  EXPECT_EQ(r.x.indicators[1].metric, "target");
}

// "As part of the export partnership, Peru will contribute PEN 12 million over three years": Peru's
// funding, no export figure of New Zealand's.
TEST(WireFacts, CountryContributingIsItsFunding) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "452_country_contributes_to_fund.txt");
  ASSERT_EQ(r.x.indicators.size(), 1u);
  EXPECT_EQ(r.x.indicators[0].metric, "funding");
  EXPECT_EQ(r.x.indicators[0].country, "PE");
  EXPECT_EQ(r.x.indicators[0].unit, "PEN");
}

// "FDI flows from South Korea totaled $2.9 billion": South Korea invests, Vietnam receives.
TEST(WireFacts, FdiFlowsFromASourceAreTheSources) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "453_fdi_flows_from_source.txt");
  ASSERT_EQ(r.x.indicators.size(), 2u);
  EXPECT_EQ(r.x.indicators[0].country, "VN");
  EXPECT_EQ(r.x.indicators[1].metric, "fdi");
  EXPECT_EQ(r.x.indicators[1].country, "KR");
  EXPECT_EQ(r.x.indicators[1].partner, "VN");
}

// "Vietnam is also watching the Regional Comprehensive Economic Partnership, under which trade
// between Japan and China reached $292 billion in 2025": Japan's and China's trade, not Vietnam's.
TEST(WireFacts, TradeBetweenAThirdPairIsThePairs) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "454_trade_between_third_pair.txt");
  ASSERT_EQ(r.x.indicators.size(), 2u);
  EXPECT_EQ(r.x.indicators[0].country, "VN");
  EXPECT_EQ(r.x.indicators[0].partner, "KR");
  EXPECT_EQ(r.x.indicators[1].country, "JP");
  EXPECT_EQ(r.x.indicators[1].partner, "CN");
}

// "CANBERRA, May 14 (Reuters) - Australia asked the World Trade Organization on Thursday to set up a
// dispute panel, escalating a row that began when Beijing imposed the anti-dumping duties on
// Australian wine last November": how the row began is background, dated by no event.
TEST(WireFacts, RowThatBeganWhenIsBackground) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "468_reuters_row_began_when_imposed.txt");
  for (const auto& ev : r.x.events) EXPECT_NE(ev.start, "2025-11") << ev.type;
}

// "Malaysia and Japan hold economic partnership talks" over "KUALA LUMPUR - The two sides reviewed
// trade flows …": the headline's talks are placed by the dateline.
TEST(WireFacts, HeadlineOnlyTalksTakeTheDatelineCity) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "469_headline_only_talks_dateline_city.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "meeting");
  EXPECT_EQ(r.x.events[0].city, "Kuala Lumpur");
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"JP"}));
}

// "NAIROBI – Kenya and the United Arab Emirates signed a comprehensive economic partnership
// agreement in Mombasa on Thursday": signed where the sentence says, not where the story was filed.
TEST(WireFacts, SignedInACityTheGazetteerLacks) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "470_dateline_city_signed_in_unknown_city.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "agreement");
  EXPECT_EQ(r.x.events[0].city, "Mombasa");
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"AE"}));
}

// "JAKARTA – Indonesia and Canada signed the comprehensive economic partnership agreement in Nusa
// Dua, Bali, on Tuesday": Bali, not the dateline's Jakarta.
TEST(WireFacts, SignedInAResortOfAKnownPlace) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "471_dateline_city_signed_in_resort_province.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].city, "Bali");
  EXPECT_EQ(r.x.events[0].start, "2026-05-19");
}

// "SINGAPORE, May 17 (Reuters) - Japan hosted the trilateral trade ministers' meeting with China
// and South Korea in Tokyo on Sunday": the dateline's city-state is no side, and the copy takes
// the host's side; its guests are the counterparts.
TEST(WireFacts, ThirdCityCopyOfAHostedTrilateral) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "472_reuters_third_city_host_trilateral.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "meeting");
  EXPECT_EQ(r.x.events[0].city, "Tokyo");
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"CN", "KR"}));
}

// "The presidents of Chile, Colombia, Mexico and Peru met at the XVII Summit of the Pacific
// Alliance on Friday": the summit itself, numbered by its Roman numeral.
TEST(WireFacts, MetAtARomanNumeralSummit) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "473_leaders_met_at_numbered_summit.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "conference");
  EXPECT_EQ(r.x.events[0].name, "XVII Summit of the Pacific Alliance");
  EXPECT_EQ(r.x.events[0].ordinal, 17);
  EXPECT_EQ(r.x.events[0].start, "2026-05-15");
}

// "Kenya welcomed the decision by the United States Congress to extend the African Growth and
// Opportunity Act for another decade, … said on Wednesday": the Congress's decision, with the U.S.
// as counterpart.
TEST(WireFacts, WelcomedDecisionByCongressToExtend) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "474_welcomed_decision_by_congress_to_extend.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "decision");
  EXPECT_EQ(r.x.events[0].start, "2026-05-20");
  const auto& partners = r.x.events[0].partners;
  EXPECT_NE(std::find(partners.begin(), partners.end(), "US"), partners.end());
}

// "Peruvian President Dina Boluarte met Chilean President Gabriel Boric at the APEC summit in Lima on
// Friday": the summit is the occasion, not the venue of the meeting, nor is the bloc the headline
// names before it a counterpart beside Chile.
TEST(WireFacts, MetAtABlocSummitHasNoVenue) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "475_met_at_bloc_summit_no_venue.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "meeting");
  EXPECT_TRUE(r.x.events[0].venue.empty()) << r.x.events[0].venue;
  EXPECT_EQ(r.x.events[0].city, "Lima");
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"CL"}));
}

// "… a review of the Steel and Metal Fabrication Master Plan, Minister Parks Tau said on
// Thursday": the title before the full name is his; the plan's words are no person.
TEST(WireFacts, TitleAfterACommaIsTheFollowingNames) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "480_dtic_master_plan_minister_said.txt");
  ASSERT_EQ(r.x.people.size(), 1u);
  EXPECT_EQ(r.x.people[0].name, "Parks Tau");
  EXPECT_EQ(r.x.people[0].title, "Minister");
  EXPECT_EQ(r.x.people[0].country, "ZA");
}

// "ABUJA (Reuters) - Nigeria and Ghana signed … Trade between the two West African neighbours is
// worth about N500 billion a year": the naira, though Ghana is named more often.
TEST(WireFacts, NairaSignInAReleaseNamingNigeriaBesideAnother) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "481_reuters_nigeria_ghana_naira.txt");
  ASSERT_EQ(r.x.money.size(), 1u);
  EXPECT_EQ(r.x.money[0].currency, "NGN");
  EXPECT_DOUBLE_EQ(r.x.money[0].amount, 500e9);
}

// "The Philippines and Japan have concluded talks … Japanese investments in the country reached
// P180 billion last year": the Philippine peso.
TEST(WireFacts, PesoSignInAReleaseNamingThePhilippinesBesideJapan) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "482_pna_philippines_japan_peso.txt");
  ASSERT_EQ(r.x.money.size(), 1u);
  EXPECT_EQ(r.x.money[0].currency, "PHP");
  EXPECT_DOUBLE_EQ(r.x.money[0].amount, 180e9);
}

// "… would support MSMEs in reaching new markets. Dr. Surabhi Ahluwalia of the Directorate General
// of Foreign Trade (DGFT) presented …": small enterprises are a topic, and the directorate is
// hers.
TEST(WireFacts, MsmesTopicAndBodyAfterAFormOfAddress) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "483_pib_board_of_trade_msmes.txt");
  EXPECT_NE(std::find(r.x.topics.begin(), r.x.topics.end(), "smes"), r.x.topics.end());
  const tw::Person* p = wire_person(r, "Surabhi Ahluwalia");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->organization, "DGFT");
  EXPECT_EQ(p->country, "IN");
}

// "… a 20-year LNG supply agreement with India's Petronet LNG Limited": "Limited" ends a
// company's name.
TEST(WireFacts, LimitedEndsACompanysName) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "484_qna_petronet_limited.txt");
  EXPECT_TRUE(std::any_of(r.x.organizations.begin(), r.x.organizations.end(),
                          [](const auto& o) { return o.name == "Petronet LNG Limited"; }));
}

// "India's merchandise exports are expected to grow in Q1 2026-27 …": the first quarter of India's
// fiscal year 2026-27 (April to June 2026), no calendar first quarter of 2026.
TEST(WireFacts, QuarterWrittenBeforeASplitYearIsTheFiscalQuarter) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "485_pib_quarter_of_split_year.txt");
  std::vector<std::string> values;
  for (const auto& d : r.x.dates) values.push_back(d.value);
  EXPECT_NE(std::find(values.begin(), values.end(), "2026-04/2026-06"), values.end());
  EXPECT_EQ(std::find(values.begin(), values.end(), "2026-Q1"), values.end());
}

// "… investment leads worth Php 4.2 billion …": the peso's code as Philippine copy writes it.
TEST(WireFacts, PesoCodeWrittenInMixedCase) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "486_dti_php_mixed_case.txt");
  ASSERT_EQ(r.x.money.size(), 1u);
  EXPECT_EQ(r.x.money[0].currency, "PHP");
  EXPECT_DOUBLE_EQ(r.x.money[0].amount, 4.2e9);
}

// "ABU DHABI (WAM) - … non-oil trade between the UAE and India reached USD 100 billion in
// FY2024-25": the UAE keeps the calendar year, so the named fiscal year is India's.
TEST(WireFacts, NamedFiscalYearOfTheOneCountryThatKeepsOne) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "487_wam_india_fiscal_year.txt");
  std::vector<std::string> values;
  for (const auto& d : r.x.dates) values.push_back(d.value);
  EXPECT_NE(std::find(values.begin(), values.end(), "2024-04/2025-03"), values.end());
  EXPECT_EQ(std::find(values.begin(), values.end(), "2024/2025"), values.end());
}

// "Pakistan's federal government has allocated Rs 50 arab for the Export Finance Scheme": an arab is
// 10^9 rupees.
TEST(WireFacts, RupeesInArab) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "504_app_rupees_in_arab.txt");
  ASSERT_FALSE(r.x.money.empty());
  EXPECT_EQ(r.x.money[0].currency, "PKR");
  EXPECT_DOUBLE_EQ(r.x.money[0].amount, 50e9);
}

// "MIDA chief executive officer Datuk Sikh Shamsul Ibrahim Sikh Abdul Majid said": the whole name,
// "Abdul" joining its parts.
TEST(WireFacts, LongMalayNameWithAbdul) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "505_bernama_long_malay_name.txt");
  ASSERT_EQ(r.x.people.size(), 1u);
  EXPECT_EQ(r.x.people[0].name, "Sikh Shamsul Ibrahim Sikh Abdul Majid");
}

// "Total trade … was £4.6 billion in the four quarters to the end of Q2 2025, an increase of 9.8%
// or £410 million from …": the percentage is the figure's change; the money after "or" restates it.
TEST(WireFacts, ChangeRestatedInMoneyIsTheFiguresChange) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "497_dbt_change_restated_in_money.txt");
  ASSERT_EQ(r.x.indicators.size(), 1u);
  EXPECT_DOUBLE_EQ(*r.x.indicators[0].value, 4.6e9);
  ASSERT_TRUE(r.x.indicators[0].change_pct.has_value());
  EXPECT_DOUBLE_EQ(*r.x.indicators[0].change_pct, 9.8);
}

// "… held talks with Canadian Minister … discussing measures to make the most of the CPTPP. Dien
// said two-way trade hit 6.4 billion USD …": the two-way trade is with Canada, not the pact.
TEST(WireFacts, TwoWayTradeIsWithTheCounterpartCountry) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "498_vna_two_way_trade_not_pact.txt");
  ASSERT_EQ(r.x.indicators.size(), 1u);
  EXPECT_EQ(r.x.indicators[0].partner, "CA");
}

// "The move comes after President Donald Trump threatened a 35% tariff on Canadian goods starting
// Sept. 1.": the threatened tariff is a US measure the release names.
TEST(WireFacts, ThreatenedTariffWithItsTermsIsAMeasure) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "499_wire_threatened_tariff_with_terms.txt");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "US");
  EXPECT_EQ(r.x.measures[0].kind, "tariff");
}

// "… held talks with Canadian Minister of International Trade Mary Ng in Hanoi on November 11 on
// measures to make the most of the Comprehensive and Progressive Agreement for Trans-Pacific
// Partnership (CPTPP).": the pact is what the talks are about, Canada the counterpart.
TEST(WireFacts, PactCodeAfterFullNameIsTheSubject) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "490_vna_pact_code_after_full_name.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"CA"}));
}

// "… welcomed the decision by the United States Congress to extend the African Growth and
// Opportunity Act (AGOA) …": the region names the law, no counterpart.
TEST(WireFacts, RegionInActNameIsNoPartner) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "491_kna_region_in_act_name.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"US"}));
}

// "Leaders of Chile, Colombia, Mexico and Peru met at the Summit of the Pacific Alliance in Lima on
// Friday …": the summit is the gathering, no venue.
TEST(WireFacts, MetAtUnnumberedSummitIsTheGathering) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "492_andina_met_at_named_summit.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_TRUE(r.x.events[0].venue.empty()) << r.x.events[0].venue;
  EXPECT_EQ(r.x.events[0].city, "Lima");
}

// "… rose 12% … in 2024 under the Kenya-UK Economic Partnership Agreement, which entered into
// force in March 2021, Trade Cabinet Secretary Lee Kinyanjui said on Wednesday.": the entry into
// force is the pact's background; no event is dated March 2021.
TEST(WireFacts, PactInForceRelativeClauseDatesNoEvent) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "493_kbc_pact_in_force_relative_clause.txt");
  for (const auto& ev : r.x.events) EXPECT_NE(ev.start, "2021-03") << ev.type;
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].date, "2021-03");
}

// "ISLAMABAD, June 10 (APP): The federal government has allocated Rs 50 arab …", naming no country:
// the rupees are the dateline's government's.
TEST(WireFacts, AgencyRupeesOfTheDatelinesGovernment) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "506_app_rupees_dateline_only.txt");
  ASSERT_FALSE(r.x.money.empty());
  for (const auto& m : r.x.money) EXPECT_EQ(m.currency, "PKR") << m.text;
}

// "… today announced a tariff rate quota on imports of steel products from countries with which
// Canada has a free trade agreement, excluding the United States and Mexico": the minister's
// government owns it; the spared ones do not.
TEST(WireFacts, TariffRateQuotaSparingPartnersIsTheAnnouncers) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "527_canada_fin_trq_sparing_partners.txt");
  ASSERT_FALSE(r.x.measures.empty());
  EXPECT_EQ(r.x.measures[0].kind, "tariff_rate_quota");
  EXPECT_EQ(r.x.measures[0].jurisdiction, "CA");
  for (const auto& m : r.x.measures) EXPECT_EQ(m.jurisdiction, "CA") << m.kind;
}

// "… the ongoing ASEAN-Canada free trade agreement negotiations, which both sides aim to conclude in
// 2026": a goal, dating neither the talks nor an event.
TEST(WireFacts, TalksGoalYearDatesNothing) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "528_gac_mission_talks_goal_date.txt");
  ASSERT_EQ(r.x.agreements.size(), 2u);
  for (const auto& a : r.x.agreements) EXPECT_EQ(a.date, "") << a.name;
  for (const auto& ev : r.x.events) EXPECT_NE(ev.start, "2026") << ev.type;
}

// "USTR proposes a tariff of up to 100 percent on all goods of Nicaragua that are not originating
// goods under the …": the tariff put forward is the United States' measure.
TEST(WireFacts, ProposedTariffIsTheProposersMeasure) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "529_ustr_proposes_tariff_on_goods_of.txt");
  const auto tariff = std::find_if(r.x.measures.begin(), r.x.measures.end(), [](const auto& m) { return m.kind == "tariff"; });
  ASSERT_NE(tariff, r.x.measures.end());
  EXPECT_EQ(tariff->jurisdiction, "US");
  EXPECT_EQ(tariff->parameters, (std::vector<std::string>{"100 percent"}));
  // The headline's action proposed in the case is a decision against Nicaragua.
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "decision");
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"NI"}));
}

// "… which allows goods to be traded under the agreement's preferential tariffs": no measure of
// Ghana's, whose capital the copy is datelined in.
TEST(WireFacts, PreferentialTariffsOfAPactAreNoMeasure) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "530_afcfta_preferential_tariffs.txt");
  EXPECT_TRUE(r.x.measures.empty());
}

// "The agreement was signed by Minister of Industry, Trade and Investment Dr. Jumoke Oduwole and UAE
// Minister of State for Foreign Trade Dr. Thani bin Ahmed Al Zeyoudi" under an ABUJA dateline: the
// first signer is Nigeria's officer, the second the UAE's.
TEST(WireFacts, SignersKeepTheirGovernments) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "531_ng_cepa_signed_by_minister.txt");
  std::string oduwole, zeyoudi;
  for (const auto& p : r.x.people) {
    if (p.name == "Jumoke Oduwole") oduwole = p.country;
    if (p.name == "Thani bin Ahmed Al Zeyoudi") zeyoudi = p.country;
  }
  EXPECT_EQ(oduwole, "NG");
  EXPECT_EQ(zeyoudi, "AE");
}

// "Japan, Philippines to start talks on economic security pact … will launch negotiations next
// month …": the headline's talks are the negotiation.
TEST(WireFacts, HeadlineTalksToStartAreTheNegotiation) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "532_kyodo_to_start_talks_on_pact.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "negotiation");
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"PH"}));
}

// "… the two sides agreed to review the China-Australia Free Trade Agreement (ChAFTA) to further
// upgrade it": the agreement is in force.
TEST(WireFacts, AgreedReviewShowsThePactInForce) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "533_xinhua_agreed_to_review_fta.txt");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].status, "in_force");
  EXPECT_EQ(r.x.agreements[0].parties, (std::vector<std::string>{"AU", "CN"}));
}

// "Council gives final green light to EU-New Zealand free trade agreement … The Council today
// adopted a decision on the conclusion of the free trade agreement …": the approval, a decision.
TEST(WireFacts, CouncilsGreenLightIsADecision) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "534_council_green_light_fta.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "decision");
  EXPECT_EQ(r.x.events[0].start, "2023-11-27");
}

// "… not imposing customs duties on electronic transmissions until the 14th Ministerial Conference
// or 31 March 2026, whichever is earlier": MC13 in Abu Dhabi is the event; MC14 only bounds the
// moratorium.
TEST(WireFacts, NextConferenceAsATimeBoundIsNoEvent) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "535_wto_moratorium_until_next_mc.txt");
  ASSERT_EQ(r.x.events.size(), 1u);
  EXPECT_EQ(r.x.events[0].ordinal, 13);
  EXPECT_EQ(r.x.events[0].city, "Abu Dhabi");
}

// "Korea-UK trade deal boosts exports of cars" over "… car exports to Britain rose 18 percent …, the
// trade ministry said on Monday, after the two countries signed an upgraded free trade agreement in
// December": the headline names the pact with no step; the signing is its history, and the title
// reports the figures.
TEST(WireFacts, PactHeadlineWithoutAStepReportsTheFigures) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "507_reuters_pact_headline_no_step.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "statistics");
  EXPECT_EQ(r.x.events[0].start, "2026-05-18");
  for (const auto& ev : r.x.events) EXPECT_NE(ev.type, "agreement") << ev.start;
}

// "… signed a free trade agreement in Asuncion on Saturday despite opposition from French and Irish
// farmers": the farmers' nationalities are no counterparts of the signing.
TEST(WireFacts, FarmersNationalitiesAreNoPartners) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "508_afp_farmers_nationality_no_partner.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "agreement");
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"MERCOSUR"}));
}

// "The leaders met at the G20 Summit in Rio de Janeiro on Monday …": the gathering is a summit, a
// conference (SPEC §3.4), named G20 Summit, no venue.
TEST(WireFacts, MetAtTheG20SummitIsAConference) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "509_ap_met_at_g20_summit.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "conference");
  EXPECT_EQ(r.x.events[0].name, "G20 Summit");
  EXPECT_TRUE(r.x.events[0].venue.empty()) << r.x.events[0].venue;
  EXPECT_EQ(r.x.events[0].start, "2026-05-18");
  EXPECT_EQ(r.x.events[0].city, "Rio de Janeiro");
}

// "Kenya, U.S. hold talks on African Growth and Opportunity Act renewal": the region opening the
// law's name in the headline is no counterpart.
TEST(WireFacts, RegionInALawNameInTheHeadlineIsNoPartner) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "510_reuters_region_in_act_name_title.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "meeting");
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"US"}));
}

// "… rose 20% to $100 billion in the year to March, three years after the two countries signed their
// Comprehensive Economic Partnership Agreement, … said on Tuesday. The Australia-UAE Comprehensive
// Economic Partnership Agreement, which was signed in November 2024, entered into force on 1 October
// last year.": the signing three years ago is dated by neither the figures' period nor the saying;
// the entry into force is dated in its own clause, not by the aside's signing.
TEST(WireFacts, PactStepsDatedInTheirOwnClause) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "511_reuters_cepa_years_after_and_aside.txt");
  ASSERT_EQ(r.x.agreements.size(), 2u);
  for (const auto& a : r.x.agreements) {
    if (a.parties == std::vector<std::string>{"AE", "IN"}) {
      EXPECT_EQ(a.status, "signed");
      EXPECT_TRUE(a.date.empty()) << a.date;
    } else {
      EXPECT_EQ(a.parties, (std::vector<std::string>{"AE", "AU"}));
      EXPECT_EQ(a.status, "in_force");
      EXPECT_EQ(a.date, "2025-10-01");
    }
  }
  for (const auto& ev : r.x.events) EXPECT_NE(ev.start, "2025-04") << ev.type;
}

// "… signed an upgraded free trade agreement on Tuesday, as Beijing seeks to shore up trade ties in
// the region in the face of U.S. tariffs": the tariffs' government is the setting, no counterpart.
TEST(WireFacts, InTheFaceOfTariffsIsNoPartner) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "512_afp_in_the_face_of_tariffs.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"ASEAN", "CN"}));
}

// "… the statistics office said on Saturday, as tariff cuts under a free trade deal that took effect
// in 2020 kicked in": the relative clause on the deal dates its entry into force, not the saying.
TEST(WireFacts, DealThatTookEffectDatedInItsClause) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "513_reuters_deal_that_took_effect.txt");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].status, "in_force");
  EXPECT_EQ(r.x.agreements[0].date, "2020");
}

// "WTO members agreed on Friday to extend a moratorium on customs duties … until the next ministerial
// conference, despite objections from Indian and Indonesian officials": a moratorium extended is a
// decision; the objectors are the setting, no counterparts.
TEST(WireFacts, MoratoriumExtendedDespiteObjections) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "514_reuters_despite_objections_moratorium.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "decision");
  EXPECT_EQ(r.x.events[0].start, "2026-05-15");
  EXPECT_TRUE(r.x.events[0].partners.empty());
}

// "Singapore and Australia signed the … Green Economy Agreement in Adelaide on 18 May": Adelaide is
// an Australian city of the gazetteer.
TEST(WireFacts, SignedInAdelaideIsInAustralia) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "515_mti_signed_in_adelaide.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].city, "Adelaide");
  EXPECT_EQ(r.x.events[0].country, "AU");
}

// "JAKARTA, May 21 (Reuters) - Indonesia and Canada signed … on Wednesday during a visit by President
// Prabowo Subianto to Ottawa, the first such deal between Indonesia and a G7 country …": the signing
// is in the city visited, not the dateline's; "a G7 country" describes Canada, no counterpart.
TEST(WireFacts, SignedDuringAVisitToACityWithAG7Country) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "516_reuters_visit_by_to_city_g7_country.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "agreement");
  EXPECT_EQ(r.x.events[0].city, "Ottawa");
  EXPECT_EQ(r.x.events[0].country, "CA");
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"CA"}));
}

// "The tariffs would hit Chinese exports worth $18 billion a year, … A second list of duties could
// affect imports worth about $3 billion from Vietnam and Mexico …": goods a measure strikes are no
// trade figure; the imports the data showed are one.
TEST(WireFacts, GoodsAMeasureHitsAreNoIndicator) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "517_reuters_tariffs_hit_goods_worth.txt");
  ASSERT_EQ(r.x.indicators.size(), 1u);
  EXPECT_EQ(r.x.indicators[0].metric, "imports");
  EXPECT_DOUBLE_EQ(*r.x.indicators[0].value, 438e9);
  EXPECT_EQ(r.x.indicators[0].partner, "CN");
}

// "India's merchandise exports to the United States in calendar year 2025 and those to the
// European Union together reached USD 160.4 billion … India's total merchandise exports in April
// 2026 stood at USD 38.5 billion, and those to the UAE reached USD 3.1 billion.": a year is no
// figure that makes "those" open one of its own; the UAE is only the second April figure's partner.
TEST(WireFacts, YearBeforeThoseAndPartnerAfterThose) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "518_pib_exports_year_before_those.txt");
  ASSERT_EQ(r.x.indicators.size(), 3u);
  EXPECT_EQ(r.x.indicators[0].subject.rfind("exports to the United States", 0), 0u) << r.x.indicators[0].subject;
  EXPECT_EQ(r.x.indicators[0].partner, "US");
  EXPECT_EQ(r.x.indicators[1].partner, "");
  EXPECT_EQ(r.x.indicators[2].partner, "AE");
  EXPECT_DOUBLE_EQ(*r.x.indicators[2].value, 3.1e9);
}

// "ABU DHABI, 19th May, 2026 (WAM) -- Dr. Thani bin Ahmed Al Zeyoudi, Minister of State for Foreign
// Trade, received Ömer Bolat, Turkish Minister of Trade, … H.E. Dr. Majid bin Abdullah Al Kassabi,
// Saudi Minister of Commerce, …": the national agency at home gives its minister the UAE; a
// country's adjective after a form of address and a name gives the title's country.
TEST(WireFacts, NationalAgencyAndAdjectiveBeforeAppositiveTitle) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "519_wam_honorific_name_country_before_title.txt");
  auto person = [&](const std::string& name) -> const tw::Person* {
    for (const auto& p : r.x.people)
      if (p.name == name) return &p;
    return nullptr;
  };
  const auto* t = person("Thani bin Ahmed Al Zeyoudi");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->country, "AE");
  const auto* b = person("Ömer Bolat");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->country, "TR");
  const auto* k = person("Majid bin Abdullah Al Kassabi");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(k->title, "Minister of Commerce");
  EXPECT_EQ(k->country, "SA");
}

// "… Minister Tengku Zafrul Aziz held talks with a United States delegation led by Under Secretary
// of Commerce William Kimmitt III … Tengku Zafrul said …": the royal prefix opens the short form,
// an alias; a generation's number stays with the full name.
TEST(WireFacts, RoyalPrefixShortFormAndGenerationNumber) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "520_bernama_royal_prefix_short_form.txt");
  ASSERT_EQ(r.x.people.size(), 2u);
  EXPECT_EQ(r.x.people[0].name, "Tengku Zafrul Aziz");
  EXPECT_EQ(r.x.people[0].aliases, (std::vector<std::string>{"Tengku Zafrul"}));
  EXPECT_EQ(r.x.people[0].country, "MY");
  EXPECT_EQ(r.x.people[1].name, "William Kimmitt III");
  EXPECT_NE(r.x.people[1].country, "MY");
}

// "In the January-April period, exports reached $88.5 billion, Bolat said, adding that Germany was
// the top export market with $6.1 billion, followed by the United Kingdom with $4.3 billion.": the
// four-month total has no partner; each ranked market is its amount's.
TEST(WireFacts, WhatTheMinisterAddsNamesNoPartnerOfTheTotal) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "521_trade_ministry_exports_adding_that.txt");
  const tw::Indicator* total = nullptr;
  for (const auto& i : r.x.indicators)
    if (i.value && std::abs(*i.value - 88.5e9) < 1e6) total = &i;
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(total->partner, "");
  EXPECT_EQ(total->period, "2026-01/2026-04");
  for (const auto& i : r.x.indicators) {
    if (i.value && std::abs(*i.value - 6.1e9) < 1e6) {
      EXPECT_EQ(i.partner, "DE");
    }
  }
}

// "Electronic goods exports increased by 39.5 per cent from USD 2.65 billion in April 2025 to USD
// 3.70 billion in April 2026": the April 2026 level takes the change.
TEST(WireFacts, ChangeFromBaseToLevelIsTheLevels) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "522_pib_change_from_base_to_level.txt");
  const tw::Indicator* level = nullptr;
  for (const auto& i : r.x.indicators)
    if (i.value && std::abs(*i.value - 3.7e9) < 1e6) level = &i;
  ASSERT_NE(level, nullptr);
  ASSERT_TRUE(level->change_pct.has_value());
  EXPECT_DOUBLE_EQ(*level->change_pct, 39.5);
  EXPECT_EQ(level->period, "2026-04");
}

// "DUBAI - H.E. Abdulla bin Touq Al Marri, Minister of Economy, received … H.E. Bin Touq said … Dr.
// Al Zeyoudi said …": the short forms that open with a particle are mentions of the ministers, no
// people of their own; the Minister of Economy of the release's own ministry is the UAE's.
TEST(WireFacts, ParticleLedShortFormsAreMentions) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "523_moe_uae_particle_short_forms.txt");
  std::vector<std::string> names;
  for (const auto& p : r.x.people) names.push_back(p.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Abdulla bin Touq Al Marri", "Lee Kinyanjui", "Thani bin Ahmed Al Zeyoudi"}));
  ASSERT_FALSE(r.x.people.empty());
  EXPECT_EQ(r.x.people[0].spans.size(), 2u);
  EXPECT_EQ(r.x.people[0].country, "AE");
}

// "… grew 45 percent to USD 5.2 billion in 2025 … the UAE targets non-oil foreign trade of AED 4
// trillion by 2031. UAE exports to Indonesia reached USD 1.9 billion.": the target's deadline
// does not date the exports after it.
TEST(WireFacts, TargetDeadlineDatesNoLaterFigure) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "524_moe_uae_goal_deadline_period.txt");
  ASSERT_EQ(r.x.indicators.size(), 3u);
  EXPECT_EQ(r.x.indicators[1].metric, "target");
  EXPECT_EQ(r.x.indicators[1].period, "2031");
  EXPECT_EQ(r.x.indicators[2].metric, "exports");
  EXPECT_NE(r.x.indicators[2].period, "2031");
  EXPECT_EQ(r.x.indicators[2].partner, "ID");
}

// "… widening its trade surplus with its largest export market to $38.1 billion. The U.S. tariffs …
// would affect Vietnamese goods worth some $100 billion a year": the surplus names the figure; the
// goods the tariffs affect are none.
TEST(WireFacts, SurplusWithExportMarketIsTheBalance) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "525_reuters_surplus_with_export_market.txt");
  ASSERT_EQ(r.x.indicators.size(), 2u);
  EXPECT_EQ(r.x.indicators[1].metric, "trade_balance");
  EXPECT_DOUBLE_EQ(*r.x.indicators[1].value, 38.1e9);
  EXPECT_EQ(r.x.indicators[1].partner, "US");
}

// Title "Minister Al Zeyoudi leads UAE trade delegation to Brazil", body "H.E. Dr. Thani bin Ahmed
// Al Zeyoudi, UAE Minister of State for Foreign Trade, led …": one person, named in the title too.
TEST(WireFacts, TitleParticleShortFormIsTheMinister) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "526_moe_uae_title_particle_short_form.txt");
  for (const auto& p : r.x.people) EXPECT_NE(p.name, "Al Zeyoudi");
  ASSERT_FALSE(r.x.people.empty());
  EXPECT_EQ(r.x.people[0].name, "Thani bin Ahmed Al Zeyoudi");
  EXPECT_EQ(r.x.people[0].country, "AE");
  EXPECT_TRUE(std::any_of(r.x.people[0].spans.begin(), r.x.people[0].spans.end(), [](const tw::Span& s) { return s.in_title; }));
}

// "The Trade Remedies Authority (TRA) has recommended that the UK's safeguard measure on imports of
// certain steel products be extended for two years, until June 2026.": the measure runs until June
// 2026; it is the release day's news.
TEST(WireFacts, SafeguardRunningUntilIsAnnouncedOnTheReleaseDay) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "566_tra_safeguard_extended_until.txt");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].kind, "safeguard");
  EXPECT_EQ(r.x.measures[0].announced, "2024-04-02");
}

// "China's commerce ministry said on Tuesday it had added 10 U.S. defence companies to its unreliable
// entity list": China's export control, announced on Tuesday.
TEST(WireFacts, CompaniesAddedToTheUnreliableEntityList) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "567_reuters_unreliable_entity_list.txt");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "CN");
  EXPECT_EQ(r.x.measures[0].announced, "2024-12-31");
  EXPECT_EQ(r.x.measures[0].description, "unreliable entity list");
}

// "Japan and Britain will begin talks next month to upgrade their Economic Partnership Agreement":
// talks to begin are the negotiation, dated next month.
TEST(WireFacts, TalksThatWillBeginAreTheNegotiation) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "536_kyodo_will_begin_talks_to_upgrade_epa.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "negotiation");
  EXPECT_EQ(r.x.events[0].start, "2026-06");
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"GB"}));
}

// "… the Ministry of Industry and Trade said on Friday, after a free trade agreement with the bloc
// took effect in January": the entry into force is dated January, not by the saying.
TEST(WireFacts, AgreementDatedWhereItsStatusWordLeads) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "537_vnexpress_fta_took_effect_in_month.txt");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].status, "in_force");
  EXPECT_EQ(r.x.agreements[0].parties, (std::vector<std::string>{"EU", "VN"}));
  EXPECT_EQ(r.x.agreements[0].date, "2026-01");
}

// "South Korea formally joined the Digital Economy Partnership Agreement on Tuesday": joining a
// pact binds the joiner as ratifying does; an agreement event of that day.
TEST(WireFacts, JoiningAPactIsItsRatificationByTheJoiner) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "538_motie_formally_joined_depa.txt");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].name, "Digital Economy Partnership Agreement");
  EXPECT_EQ(r.x.agreements[0].status, "ratified");
  EXPECT_EQ(r.x.agreements[0].parties, (std::vector<std::string>{"KR"}));
  EXPECT_EQ(r.x.agreements[0].date, "2026-05-05");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "agreement");
  EXPECT_EQ(r.x.events[0].start, "2026-05-05");
}

// "… with the European Free Trade Association, comprising Switzerland, Norway, Iceland and
// Liechtenstein": the members listed after the bloc are the bloc, no partners beside it.
TEST(WireFacts, MembersListedAfterABlocAreNoPartners) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "539_efta_comprising_members_aside.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "agreement");
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"EFTA"}));
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].parties, (std::vector<std::string>{"EFTA", "TH"}));
}

// "Costa Rica formally joined the Digital Economy Partnership Agreement (DEPA), a pact signed by
// Chile, New Zealand and Singapore in 2020, on Wednesday": the signers and the joiner are its
// parties; the signing's year in the aside does not date the accession, nor is that signing an
// event of the release.
TEST(WireFacts, SignersListedAfterThePactAreItsParties) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "540_subrei_depa_signed_by_list.txt");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].parties, (std::vector<std::string>{"CL", "CR", "NZ", "SG"}));
  EXPECT_EQ(r.x.agreements[0].status, "ratified");
  EXPECT_EQ(r.x.agreements[0].date, "2026-05-13");
  // The signing the aside recalls is no event of the release; the joining is.
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "agreement");
  EXPECT_EQ(r.x.events[0].start, "2026-05-13");
}

// "Mexico and the European Union signed a trade agreement on Friday": the pair's agreement, of no
// kind the words name beyond an agreement.
TEST(WireFacts, PairSigningACommonTradeAgreement) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "541_economia_pair_signs_a_trade_agreement.txt");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].kind, "agreement");
  EXPECT_EQ(r.x.agreements[0].parties, (std::vector<std::string>{"EU", "MX"}));
  EXPECT_EQ(r.x.agreements[0].status, "signed");
  EXPECT_EQ(r.x.agreements[0].date, "2026-05-15");
}

// "… said Canada condemns the United States' decision to increase duties on Canadian softwood
// lumber": the other government's decision is the event the release reports.
TEST(WireFacts, AnotherGovernmentsDecisionCondemned) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "542_gac_condemns_us_decision_duties.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "decision");
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"US"}));
}

// "Geraldo Alckmin received on Tuesday (12) a delegation led by India's Minister of Commerce and
// Industry, Piyush Goyal. The ministers agreed to hold the next meeting … in New Delhi in
// September": the meeting received that day is the news, the next one a side event.
TEST(WireFacts, ReceivedOnADayADelegationIsTheMeeting) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "543_mdic_received_on_weekday_day_delegation.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "meeting");
  EXPECT_EQ(r.x.events[0].start, "2026-05-12");
  EXPECT_EQ(r.x.events[0].city, "Brasilia");
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"IN"}));
}

// "Chile, New Zealand and Singapore signed on Thursday the protocol for Costa Rica's accession to
// the Digital Economy Partnership Agreement": the protocol's signing is the pact's step, with the
// joiner and the members that sign it as parties.
TEST(WireFacts, ProtocolForAnAccessionSignsThePactJoined) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "544_subrei_protocol_for_accession_signed.txt");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].name, "Digital Economy Partnership Agreement");
  EXPECT_EQ(r.x.agreements[0].status, "signed");
  EXPECT_EQ(r.x.agreements[0].parties, (std::vector<std::string>{"CL", "CR", "NZ", "SG"}));
  EXPECT_EQ(r.x.agreements[0].date, "2026-03-05");
}

// "Chile and South Korea signed on Friday the modernization of their Free Trade Agreement, in force
// since 2004": the upgrade signed that Friday is the status, not the force the aside recalls.
TEST(WireFacts, ModernizationSignedBesideAnInForceAside) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "545_subrei_modernization_signed_in_force_aside.txt");
  ASSERT_EQ(r.x.agreements.size(), 1u);
  EXPECT_EQ(r.x.agreements[0].status, "upgrade_concluded");
  EXPECT_EQ(r.x.agreements[0].parties, (std::vector<std::string>{"CL", "KR"}));
  EXPECT_EQ(r.x.agreements[0].date, "2026-03-13");
}

// "BAKU - Trade Minister Ömer Bolat met Azerbaijani Economy Minister Mikayil Jabbarov …": the host is
// named only for the counterpart's title; the unnamed minister's government reports, and the
// figures are its.
TEST(WireFacts, MinistryAbroadCounterpartAdjectiveIsNoReporter) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const char* file = "546_trade_ministry_abroad_counterpart_adjective.txt";
  EXPECT_EQ(wire_case_reporter(*ex.value(), file), "TR");
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), file);
  for (const auto& p : r.x.people) {
    if (p.name == "Ömer Bolat") {
      EXPECT_NE(p.country, "AZ");
    }
  }
  ASSERT_FALSE(r.x.indicators.empty());
  EXPECT_EQ(r.x.indicators[0].country, "TR");
  EXPECT_EQ(r.x.indicators[0].partner, "AZ");
}

// "LONDON - Trade Minister Ömer Bolat and the UK's Secretary of State for Business and Trade Peter
// Kyle held talks …": the voice joined by "and the UK's" is the second signer's.
TEST(WireFacts, MinistryAbroadCounterpartPossessiveIsNoReporter) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const char* file = "547_trade_ministry_abroad_counterpart_possessive.txt";
  EXPECT_EQ(wire_case_reporter(*ex.value(), file), "TR");
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), file);
  for (const auto& p : r.x.people) {
    if (p.name == "Ömer Bolat") {
      EXPECT_NE(p.country, "GB");
    }
  }
  ASSERT_FALSE(r.x.indicators.empty());
  EXPECT_EQ(r.x.indicators[0].country, "TR");
  EXPECT_EQ(r.x.indicators[0].partner, "GB");
}

// "Doha, May 19 (QNA) - HE Minister of Commerce and Industry Sheikh Faisal …": the national agency
// at home, its city written as a name, gives its minister and the pact's side its country.
TEST(WireFacts, NationalAgencyMixedCaseDatelineIsHome) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const char* file = "548_qna_mixed_case_dateline_home.txt";
  EXPECT_EQ(wire_case_reporter(*ex.value(), file), "QA");
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), file);
  ASSERT_FALSE(r.x.people.empty());
  EXPECT_EQ(r.x.people[0].country, "QA");
  ASSERT_FALSE(r.x.agreements.empty());
  EXPECT_EQ(r.x.agreements[0].parties, (std::vector<std::string>{"QA", "TR"}));
}

// "RIYADH (SPA) - Minister of Commerce Dr. Majid Al-Kassabi received … a Japanese business
// delegation headed by Mr. Ken Saito, Minister of Economy, Trade and Industry of Japan": the head
// of the delegation received is met; the agency's country reports.
TEST(WireFacts, HeadOfADelegationReceivedIsNoVoice) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const char* file = "549_spa_delegation_headed_by_counterpart.txt";
  EXPECT_EQ(wire_case_reporter(*ex.value(), file), "SA");
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), file);
  ASSERT_FALSE(r.x.people.empty());
  EXPECT_EQ(r.x.people[0].name, "Majid Al-Kassabi");
  EXPECT_EQ(r.x.people[0].country, "SA");
}

// "Datuk Seri Tengku Zafrul Abdul Aziz, who was recently appointed Minister of International Trade
// and Industry, held talks …": the title of the relative clause is the person's.
TEST(WireFacts, TitleOfARelativeClauseOfAppointment) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "550_bernama_who_was_appointed_title.txt");
  ASSERT_FALSE(r.x.people.empty());
  EXPECT_EQ(r.x.people[0].name, "Tengku Zafrul Abdul Aziz");
  EXPECT_EQ(r.x.people[0].title, "Minister of International Trade and Industry");
  EXPECT_EQ(r.x.people[0].country, "MY");
}

// "… UAE investments in Kenya exceeded AED 11 billion, and that non-oil trade between the two
// countries reached USD 3.6 billion in 2025": the year dates the trade figure of its own clause only.
TEST(WireFacts, PeriodStaysInItsFiguresClause) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "551_moe_uae_period_stays_in_its_clause.txt");
  ASSERT_EQ(r.x.indicators.size(), 2u);
  EXPECT_DOUBLE_EQ(*r.x.indicators[0].value, 11e9);
  EXPECT_EQ(r.x.indicators[0].period, "");
  EXPECT_EQ(r.x.indicators[1].metric, "trade");
  EXPECT_EQ(r.x.indicators[1].period, "2025");
}

// "Two-way trade reached 16.3 billion USD in 2025, …, and both sides aimed to lift it to 20 billion
// USD by 2028": the level the pronoun's goal names is a target, of its deadline's year.
TEST(WireFacts, GoalOnAPronounForTheFlowIsATarget) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "552_vna_goal_on_pronoun_for_trade.txt");
  ASSERT_EQ(r.x.indicators.size(), 2u);
  EXPECT_EQ(r.x.indicators[0].metric, "trade");
  EXPECT_EQ(r.x.indicators[0].period, "2025");
  EXPECT_EQ(r.x.indicators[1].metric, "target");
  EXPECT_DOUBLE_EQ(*r.x.indicators[1].value, 20e9);
  EXPECT_EQ(r.x.indicators[1].period, "2028");
}

// "RIYADH - Mrs. Suphajee Suthumpun, Deputy Prime Minister and Minister of Commerce of Thailand, met
// with Dr. Majid bin Abdullah Al-Kassabi, Minister of Commerce of the Kingdom of Saudi Arabia …":
// Thailand's release from abroad; the host is the partner of its figures and its meeting.
TEST(WireFacts, TitledOpenerAbroadOutranksTheDateline) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const char* file = "553_thai_commerce_minister_abroad_titled_opener.txt";
  EXPECT_EQ(wire_case_reporter(*ex.value(), file), "TH");
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), file);
  ASSERT_FALSE(r.x.indicators.empty());
  EXPECT_EQ(r.x.indicators[0].country, "TH");
  EXPECT_EQ(r.x.indicators[0].partner, "SA");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"SA"}));
}

// "… Singapore remained Vietnam's largest ASEAN investor with 4,200 projects worth 84.6 billion
// USD": Singapore's investment in Vietnam, not ASEAN's.
TEST(WireFacts, BlocAfterARankIsNoInvestor) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "554_vna_largest_asean_investor.txt");
  ASSERT_EQ(r.x.indicators.size(), 1u);
  EXPECT_EQ(r.x.indicators[0].metric, "fdi");
  EXPECT_EQ(r.x.indicators[0].country, "SG");
  EXPECT_EQ(r.x.indicators[0].partner, "VN");
}

// "Qais bin Mohammed Al Yousef, Minister of Commerce, Industry and Investment Promotion, met with
// Hiroshi Takeuchi, Japan's Ambassador …": one meeting; the "Investment Promotion" of the minister's
// title is no conference.
TEST(WireFacts, EventWordInAPersonsTitleIsNoOccasion) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "555_ona_portfolio_title_event_word.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "meeting");
  for (const auto& ev : r.x.events) EXPECT_NE(ev.type, "conference") << ev.name;
  EXPECT_EQ(r.x.indicators.size(), 1u);
}

// "India's merchandise exports rose 7.2 per cent … in Q3 of FY2025-26 … figures for Q3 of FY26":
// the quarter joined by "of" to the fiscal year is its third quarter (October-December), no
// calendar quarter of 2026.
TEST(WireFacts, WrittenQuarterOfAFiscalYear) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "556_pti_quarter_of_fiscal_year.txt");
  int fiscal_q3 = 0;
  for (const auto& d : r.x.dates) {
    EXPECT_NE(d.value, "2026-Q3") << d.text;
    EXPECT_NE(d.value, "2025-04/2026-03") << d.text;
    if (d.value == "2025-10/2025-12") ++fiscal_q3;
  }
  EXPECT_EQ(fiscal_q3, 3);  // title, body, "Q3 of FY26"
}

// "… a steel plant in Louisiana to be built by Hyundai Steel Co. The plant will supply …": the
// legal form's period ends the sentence; the company is named.
TEST(WireFacts, CompanyFormAtSentenceEnd) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "557_yonhap_company_form_ends_sentence.txt");
  EXPECT_TRUE(std::any_of(r.x.organizations.begin(), r.x.organizations.end(),
                          [](const tw::Organization& o) { return o.name == "Hyundai Steel Co."; }));
  EXPECT_TRUE(std::any_of(r.x.organizations.begin(), r.x.organizations.end(),
                          [](const tw::Organization& o) { return o.name == "Hyundai Motor Co."; }));
}

// "The China Chamber of Commerce to the EU (CCCEU) said …": the body abroad keeps whom it is
// accredited to, and the acronym the text gives.
TEST(WireFacts, ChamberToTheEuWithItsAcronym) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "558_reuters_chamber_to_the_eu.txt");
  const auto it = std::find_if(r.x.organizations.begin(), r.x.organizations.end(),
                               [](const tw::Organization& o) { return o.acronym == "CCCEU"; });
  ASSERT_NE(it, r.x.organizations.end());
  EXPECT_EQ(it->name, "China Chamber of Commerce to the EU");
  EXPECT_EQ(it->country, "CN");
}

// "Türkiye's automotive exports rose 8.4% … car shipments to the UK fell": the release discusses
// the automobile trade.
TEST(WireFacts, AutomotiveExportsAreAutomobiles) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "559_anadolu_automotive_exports.txt");
  EXPECT_NE(std::find(r.x.topics.begin(), r.x.topics.end(), "automobiles"), r.x.topics.end());
}

// "Samsung Electronics Co., Ltd. and SK hynix Inc. have ramped up shipments …": both companies by
// their full legal names.
TEST(WireFacts, ChipMakersWithTheirLegalForms) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "560_yonhap_chip_makers_forms.txt");
  auto named = [&](const std::string& n) {
    return std::any_of(r.x.organizations.begin(), r.x.organizations.end(),
                       [&](const tw::Organization& o) { return o.name == n; });
  };
  EXPECT_TRUE(named("Samsung Electronics Co., Ltd."));
  EXPECT_TRUE(named("SK hynix Inc."));
  EXPECT_FALSE(named("SK"));
}

// "PT Vale Indonesia Tbk signed an agreement with Zhejiang Huayou Cobalt Co.": an Indonesian
// listed company's form ends its name.
TEST(WireFacts, IndonesianListedCompanyForm) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "561_reuters_indonesia_listed_nickel_firm.txt");
  EXPECT_TRUE(std::any_of(r.x.organizations.begin(), r.x.organizations.end(),
                          [](const tw::Organization& o) { return o.name == "PT Vale Indonesia Tbk"; }));
}


// "Japan's core machinery orders fell 2.4 percent in the April-June quarter …" (February 2026): the
// quarter told in the past is the one passed (2025); "are expected to recover in the April-June
// quarter" the one ahead (2026).
TEST(WireFacts, MonthRangeToldInThePast) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "562_kyodo_quarter_told_in_past.txt");
  std::vector<std::string> ranges;
  for (const auto& d : r.x.dates)
    if (!d.span.in_title && d.text == "April-June") ranges.push_back(d.value);
  EXPECT_EQ(ranges, (std::vector<std::string>{"2025-04/2025-06", "2026-04/2026-06"}));
}

// Title "Japan's exports rise in FY2025 third quarter", body "Japan's exports rose 3.8 percent in
// the fiscal 2025 third quarter …": October-December 2025 of Japan's fiscal year, no calendar
// third quarter of 2026.
TEST(WireFacts, QuarterNamedAfterTheFiscalYear) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "563_kyodo_fiscal_year_third_quarter.txt");
  int q3 = 0;
  for (const auto& d : r.x.dates) {
    EXPECT_NE(d.value, "2026-Q3") << d.text;
    if (d.value == "2025-10/2025-12") ++q3;
  }
  EXPECT_GE(q3, 2);
}

// "China will impose export curbs on some lithium battery and cathode technologies …": export
// controls, as wire copy names them.
TEST(WireFacts, ExportCurbsAreExportControls) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "564_reuters_export_curbs_battery_tech.txt");
  const auto has = [&](const char* t) { return std::find(r.x.topics.begin(), r.x.topics.end(), t) != r.x.topics.end(); };
  EXPECT_TRUE(has("export_controls"));
  EXPECT_TRUE(has("batteries"));
}

// "… exports rose 4.1 per cent … in the July-September quarter of FY26 … Exporters expect
// shipments to pick up further in the January-March quarter of the current fiscal year": the
// fiscal year's months, the first in 2025, the second in 2026; neither leaves the whole fiscal
// year as a date of its own.
TEST(WireFacts, MonthsOfTheFiscalYearJoinedByOf) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "565_pti_months_of_fiscal_year.txt");
  std::vector<std::string> values;
  for (const auto& d : r.x.dates)
    if (!d.span.in_title) values.push_back(d.value);
  EXPECT_NE(std::find(values.begin(), values.end(), "2025-07/2025-09"), values.end());
  EXPECT_NE(std::find(values.begin(), values.end(), "2026-01/2026-03"), values.end());
  EXPECT_EQ(std::find(values.begin(), values.end(), "2025-04/2026-03"), values.end());
  EXPECT_EQ(std::find(values.begin(), values.end(), "2025-01/2025-03"), values.end());
}

// "Vietnamese Communist Party General Secretary To Lam met …": a capitalized "To" between a title
// and a name's word is the name's first word.
TEST(WireFacts, CapitalizedToAfterATitleOpensAName) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "628_reuters_to_lam_meets_envoy.txt");
  const auto named = [&](const char* n) {
    return std::any_of(r.x.people.begin(), r.x.people.end(), [&](const tw::Person& p) { return p.name == n; });
  };
  EXPECT_TRUE(named("To Lam"));
  EXPECT_TRUE(named("Wang Wentao"));
}

// "National Association of Manufacturers president Jay Timmons": the body before the role, "of"
// inside its name, is the person's organization.
TEST(WireFacts, BodyWithOfBeforeARole) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "629_reuters_business_groups_roles.txt");
  int found = 0;
  for (const auto& p : r.x.people) {
    if (p.name == "Jay Timmons") {
      EXPECT_EQ(p.organization, "National Association of Manufacturers");
      ++found;
    }
    if (p.name == "Suzanne Clark") {
      EXPECT_EQ(p.organization, "U.S. Chamber of Commerce");
      ++found;
    }
  }
  EXPECT_EQ(found, 2);
}

// "the talks on May 10 and 11 were candid": one span of two days, and the meeting ends on the
// second.
TEST(WireFacts, TalksOnTwoConsecutiveDays) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "630_xinhua_talks_on_two_days.txt");
  EXPECT_TRUE(std::any_of(r.x.dates.begin(), r.x.dates.end(),
                          [](const tw::DateMention& d) { return d.value == "2025-05-10/2025-05-11"; }));
}

// "Canada drops most counter-tariffs on U.S. goods": dropping a measure in a headline is a
// decision, dated the day it is told.
TEST(WireFacts, HeadlineDroppingTariffsIsADecision) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "631_reuters_canada_drops_counter_tariffs.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "decision");
  EXPECT_EQ(r.x.events[0].start, "2025-08-22");
}

// "Akazawa is expected to meet Commerce Secretary Howard Lutnick" in Kyodo's copy from Tokyo: the
// one to be met is a counterpart, not Japan's officer; Akazawa is.
TEST(WireFacts, OneToBeMetIsNoOfficerOfTheHome) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "632_kyodo_negotiator_to_meet_counterpart.txt");
  int found = 0;
  for (const auto& p : r.x.people) {
    if (p.name == "Howard Lutnick") {
      EXPECT_NE(p.country, "JP");
      ++found;
    }
    if (p.name == "Ryosei Akazawa") {
      EXPECT_EQ(p.country, "JP");
      ++found;
    }
  }
  EXPECT_EQ(found, 2);
}

// "Georgia Governor Brian Kemp on Tuesday welcomed SK On's plan to add a third production line at
// its Georgia battery plant … "Georgia continues to lead the nation in electric mobility," Kemp
// said": the state's governor and a firm's plant there name the US state, throughout; no Georgia
// the country.
TEST(WireFacts, StateGovernorAndPlantNameTheState) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "598_reuters_georgia_governor_state_plant.txt");
  for (const auto& c : r.x.countries) EXPECT_NE(c.code, "GE");
}

// "Adani Ports and Special Economic Zone Ltd on Monday signed a memorandum of understanding with HD
// Hyundai Heavy Industries Co., Ltd.": one company whose name holds "and" before its legal form.
TEST(WireFacts, CompanyNameWithAndBeforeItsLegalForm) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "599_pti_adani_ports_name_with_and.txt");
  std::vector<std::string> names;
  for (const auto& o : r.x.organizations) names.push_back(o.name);
  EXPECT_NE(std::find(names.begin(), names.end(), "Adani Ports and Special Economic Zone Ltd"), names.end());
  EXPECT_EQ(std::find(names.begin(), names.end(), "Special Economic Zone Ltd"), names.end());
}

// "… EEPC India said on Friday. EEPC India Chairman Pankaj Chadha said … U.S. Steel said on Thursday
// … its takeover of U.S. Steel last year": an exporters' council named by its acronym and country,
// and a steelmaker by its country and trade.
TEST(WireFacts, AcronymAndCountryAndCountryAndTradeNameBodies) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "600_pti_eepc_india_us_steel.txt");
  const tw::Organization* eepc = nullptr;
  const tw::Organization* steel = nullptr;
  for (const auto& o : r.x.organizations) {
    if (o.name == "EEPC India") eepc = &o;
    if (o.name == "U.S. Steel") steel = &o;
  }
  ASSERT_NE(eepc, nullptr);
  EXPECT_EQ(eepc->country, "IN");
  ASSERT_NE(steel, nullptr);
  EXPECT_EQ(steel->country, "US");
}

// "MAKATI CITY - Investment pledges … reached P412.6 billion … Pledges from manufacturing fell by
// minus 2.1 percent": the peso written "P" under a Philippine dateline, and the sign written as a
// word.
TEST(WireFacts, PesoUnderAPhilippineDatelineAndMinusWord) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "601_dti_peso_under_makati_dateline.txt");
  int php = 0;
  for (const auto& m : r.x.money)
    if (!m.span.in_title && m.currency == "PHP") ++php;
  EXPECT_EQ(php, 2);
  bool minus = false;
  for (const auto& p : r.x.percents) minus |= p.value == -2.1;
  EXPECT_TRUE(minus);
}

// "CANBERRA - The Treasurer today announced $2.5 billion in tariff relief …": the office of the
// dateline's government speaks; its dollar is Australia's.
TEST(WireFacts, TreasurerUnderACapitalsDateline) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "602_aap_treasurer_canberra_dateline.txt");
  ASSERT_EQ(r.x.money.size(), 1u);
  EXPECT_EQ(r.x.money[0].currency, "AUD");
}

// "India's merchandise exports stood at USD 320 billion in the April-December period" in October:
// a counted figure, last year's months; "Exporters expect shipments to improve in the fiscal second
// half": India's fiscal year under way, October to March.
TEST(WireFacts, StoodAtIsPastAndFiscalHalfWithNoYear) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "603_pti_stood_at_april_december.txt");
  std::vector<std::string> values;
  for (const auto& d : r.x.dates) values.push_back(d.value);
  EXPECT_EQ(std::count(values.begin(), values.end(), "2025-04/2025-12"), 2);
  EXPECT_EQ(std::find(values.begin(), values.end(), "2026-04/2026-12"), values.end());
  EXPECT_NE(std::find(values.begin(), values.end(), "2026-10/2027-03"), values.end());
}

// "Japan's exports totalled 54 trillion yen in the fiscal first half … Exports of automobiles fell
// in the fiscal second quarter, while growth was negative 0.5 percent" in November: the halves and
// quarters of Japan's fiscal year under way, and a sign written as a word.
TEST(WireFacts, FiscalFirstHalfWithNoYear) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "604_kyodo_fiscal_first_half_no_year.txt");
  std::vector<std::string> values;
  for (const auto& d : r.x.dates) values.push_back(d.value);
  EXPECT_EQ(std::count(values.begin(), values.end(), "2026-04/2026-09"), 2);
  EXPECT_NE(std::find(values.begin(), values.end(), "2026-07/2026-09"), values.end());
  bool negative = false;
  for (const auto& p : r.x.percents) negative |= p.value == -0.5;
  EXPECT_TRUE(negative);
}

// Finds the body indicator of this metric and value, or nullptr.
const tw::Indicator* indicator_of(const tw::Record& r, const char* metric, double value) {
  for (const auto& i : r.x.indicators)
    if (i.metric == metric && i.value && std::abs(*i.value - value) < 0.005 * value) return &i;
  return nullptr;
}

// "Korea's exports through the end of October reached USD 577.7 billion, up 1.9 percent from the
// same period last year … Imports reached USD 525.1 billion. In October alone, exports rose 3.6
// percent to USD 59.6 billion": the first two are January to October, the last October alone.
TEST(WireFacts, EndOfPeriodAgainstTheSamePeriodIsTheYearsStretch) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "613_kcs_exports_through_end_of_month.txt");
  const auto* ytd = indicator_of(r, "exports", 577.7e9);
  const auto* imp = indicator_of(r, "imports", 525.1e9);
  const auto* oct = indicator_of(r, "exports", 59.6e9);
  ASSERT_TRUE(ytd && imp && oct);
  EXPECT_EQ(ytd->period, "2025-01/2025-10");
  EXPECT_EQ(ytd->change_pct, 1.9);
  EXPECT_EQ(imp->period, "2025-01/2025-10");
  EXPECT_EQ(oct->period, "2025-10");
}

// "Korea's exports rose 8.2 percent from a year earlier to USD 35.1 billion in the first 20 days of
// November … Semiconductors accounted for USD 9.1 billion, or 26 percent of the total. Imports fell
// 2.4 percent to USD 34.2 billion": the part of the total is an export figure of the same 20 days,
// its share no change; the imports after it are of those days too.
TEST(WireFacts, PartOfTheTotalIsAFigureOfTheTotalsMetric) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "614_kcs_share_of_the_total.txt");
  const auto* chips = indicator_of(r, "exports", 9.1e9);
  const auto* imp = indicator_of(r, "imports", 34.2e9);
  ASSERT_TRUE(chips && imp);
  EXPECT_EQ(chips->subject, "Semiconductors");
  EXPECT_EQ(chips->period, "2025-11-01/2025-11-20");
  EXPECT_FALSE(chips->change_pct.has_value());
  EXPECT_EQ(imp->period, "2025-11-01/2025-11-20");
}

// "In the first half of 2025, foreign direct investment (FDI) pledges to Korea reached a record
// high … Pledges rose 12.1 percent to USD 15.3 billion, …, while pledges to the Saemangeum free
// economic zone totaled USD 0.4 billion in 2024": the repeated head noun goes on with the FDI figure
// of the first half; the figure of the clause after ", while" keeps its own year.
TEST(WireFacts, RepeatedHeadNounGoesOnWithTheFdiFigure) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "615_motie_fdi_pledges_record_then_pledges.txt");
  const auto* h1 = indicator_of(r, "fdi", 15.3e9);
  ASSERT_TRUE(h1);
  EXPECT_EQ(h1->period, "2025-H1");
  EXPECT_EQ(h1->change_pct, 12.1);
  for (const auto& i : r.x.indicators)
    if (i.value && std::abs(*i.value - 0.4e9) < 1e6) {
      EXPECT_EQ(i.period, "2024");
    }
}

// "… reach this year's USD 30 billion export goal with more trade finance … The package includes
// supplying 5 trillion won in export financing …, and pouring 200 billion won next year into green
// ship research": the goal is a target; the funds of the plan are of this year; the later clause's
// "next year" dates only its own figure.
TEST(WireFacts, PlanFundsTakeTheTargetsYear) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "616_motie_plan_funds_take_target_year.txt");
  EXPECT_TRUE(indicator_of(r, "target", 30e9));
  const auto* funds = indicator_of(r, "funding", 5e12);
  const auto* rnd = indicator_of(r, "funding", 200e9);
  ASSERT_TRUE(funds && rnd);
  EXPECT_EQ(funds->period, "2025");
  EXPECT_EQ(rnd->period, "2026");
}

// "Japan's exports in fiscal 2024 rose 6.2% from the previous year to 108.9 trillion yen … Imports
// fell 1.6% to 114.2 trillion yen, leaving a trade deficit of 5.3 trillion yen": all three of the
// fiscal year, April 2024 to March 2025; "from the previous year" is the change's base.
TEST(WireFacts, FiscalYearFigureNotDatedByItsChangesBase) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "617_mof_fiscal_year_change_from_previous_year.txt");
  const auto* exp = indicator_of(r, "exports", 108.9e12);
  const auto* imp = indicator_of(r, "imports", 114.2e12);
  ASSERT_TRUE(exp && imp);
  EXPECT_EQ(exp->period, "2024-04/2025-03");
  EXPECT_EQ(exp->change_pct, 6.2);
  EXPECT_EQ(imp->period, "2024-04/2025-03");
}

// "Year-to-date exports through November totaled USD 640.0 billion, up 1.8% from the same period
// last year": January to November 2025; the month's own figure is November.
TEST(WireFacts, YearToDateThroughAMonthIsJanuaryToThatMonth) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "618_kcs_year_to_date_through_month.txt");
  const auto* ytd = indicator_of(r, "exports", 640e9);
  const auto* nov = indicator_of(r, "exports", 61.2e9);
  ASSERT_TRUE(ytd && nov);
  EXPECT_EQ(ytd->period, "2025-01/2025-11");
  EXPECT_EQ(nov->period, "2025-11");
}

// "The Minister for Trade and Tourism welcomes the decision by the United States to exempt Australian
// beef from the tariffs announced on March 4.": the decision is the release's news; March 4 dates the
// tariffs the clause describes.
TEST(WireFacts, DateOfTheTariffsExemptedFromDoesNotDateTheDecision) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "568_dfat_exemption_from_tariffs_announced_on.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "decision");
  EXPECT_EQ(r.x.events[0].start, "2026-05-20");
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"US"}));
}

// "The European Commission today proposed to suspend tariff concessions on imports of United States
// goods worth EUR 20 billion, in response to the US tariffs on steel imposed in March.": the proposal
// is today's decision; the US tariffs imposed in March are background. Both are measures.
TEST(WireFacts, ProposalToSuspendConcessionsIsTodaysDecision) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "569_ec_proposed_to_suspend_tariff_concessions.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "decision");
  EXPECT_EQ(r.x.events[0].start, "2026-05-20");
  const bool eu = std::any_of(r.x.measures.begin(), r.x.measures.end(), [](const tw::Measure& m) {
    return m.jurisdiction == "EU" && m.kind == "tariff";
  });
  const bool us = std::any_of(r.x.measures.begin(), r.x.measures.end(), [](const tw::Measure& m) {
    return m.jurisdiction == "US" && m.kind == "tariff";
  });
  EXPECT_TRUE(eu);
  EXPECT_TRUE(us);
}

// "Union Minister of Commerce and Industry Shri Piyush Goyal received a Japanese business delegation
// headed by Mr. Taro Yamada in New Delhi on Tuesday.": a meeting with Japan, on Tuesday.
TEST(WireFacts, ReceivingAJapaneseBusinessDelegationIsAMeeting) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "570_pib_received_japanese_business_delegation.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "meeting");
  EXPECT_EQ(r.x.events[0].start, "2026-05-19");
  EXPECT_EQ(r.x.events[0].city, "New Delhi");
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"JP"}));
}

// "BRUSSELS, May 3 (AP) - The European Commission on Thursday opened a safeguard investigation into
// imports of ferroalloys": the EU's safeguard case, opened on Thursday, not on the dateline's day.
TEST(WireFacts, SafeguardProbeDatedByTheSentencesDay) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "571_ap_dateline_day_safeguard_probe.txt");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "EU");
  EXPECT_EQ(r.x.measures[0].kind, "safeguard");
  EXPECT_EQ(r.x.measures[0].announced, "2026-04-30");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].start, "2026-04-30");
}

// "WASHINGTON, May 4 (Reuters) - The U.S. Commerce Department on Monday added 12 Chinese companies to
// its Entity List …": the US export control, decided and announced on Monday.
TEST(WireFacts, CompaniesAddedToItsEntityListOnMonday) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "572_reuters_added_to_its_entity_list.txt");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "US");
  EXPECT_EQ(r.x.measures[0].kind, "export_control");
  EXPECT_EQ(r.x.measures[0].announced, "2026-05-04");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "decision");
  EXPECT_EQ(r.x.events[0].start, "2026-05-04");
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"CN"}));
}

// "Trade Minister to lead business delegation to India" / "… will lead a business delegation of more
// than 40 New Zealand companies to Mumbai and New Delhi from 11 to 15 May. The Minister will hold
// talks with … on 14 May": the visit the title reports first, the talks beside it.
TEST(WireFacts, LeadingABusinessDelegationIsTheVisit) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "573_mfat_lead_business_delegation.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "visit");
  EXPECT_EQ(r.x.events[0].start, "2026-05-11");
  EXPECT_EQ(r.x.events[0].end, "2026-05-15");
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"IN"}));
  EXPECT_TRUE(std::any_of(r.x.events.begin(), r.x.events.end(), [](const tw::Event& e) {
    return e.type == "meeting" && e.start == "2026-05-14";
  }));
}

// "Shri Piyush Goyal inaugurated the India Pavilion at Hannover Messe in Germany on 20 April 2026. The
// Minister also met the German Federal Minister … on 21 April 2026.": the pavilion opened, then a
// meeting with Germany.
TEST(WireFacts, PavilionInauguratedIsAnOpening) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "574_pib_inaugurated_india_pavilion.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "opening");
  EXPECT_EQ(r.x.events[0].start, "2026-04-20");
  EXPECT_TRUE(std::any_of(r.x.events.begin(), r.x.events.end(), [](const tw::Event& e) {
    return e.type == "meeting" && e.start == "2026-04-21";
  }));
}

// "received a high-level Vietnamese trade delegation led by Deputy Minister … on 2 May 2026": a
// meeting with Viet Nam.
TEST(WireFacts, ReceivingAHighLevelTradeDelegationIsAMeeting) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "575_pib_received_high_level_delegation.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "meeting");
  EXPECT_EQ(r.x.events[0].start, "2026-05-02");
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"VN"}));
}

// "New Zealand launches consultation on export controls for dual-use goods" / "The Ministry of
// Foreign Affairs and Trade today launched public consultation on proposed changes to New Zealand's
// export controls": a process put out to the public, no meeting; New Zealand's export controls.
TEST(WireFacts, PublicConsultationIsAnAnnouncement) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "576_mfat_public_consultation_export_controls.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "announcement");
  EXPECT_EQ(r.x.events[0].start, "2026-05-12");
  for (const auto& e : r.x.events) EXPECT_NE(e.type, "meeting");
  ASSERT_EQ(r.x.measures.size(), 1u);
  EXPECT_EQ(r.x.measures[0].jurisdiction, "NZ");
  EXPECT_EQ(r.x.measures[0].kind, "export_control");
}

// "MEXICO CITY, May 4 (AP) - Brazil's Vice President Geraldo Alckmin received Mexico's Economy
// Minister Marcelo Ebrard in Brasilia on Monday": copy that speaks for no side takes the side of the
// country whose official receives; Mexico is the counterpart.
TEST(WireFacts, OfficialWhoReceivesTakesTheHostsSide) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "577_ap_official_received_host_side.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "meeting");
  EXPECT_EQ(r.x.events[0].start, "2026-05-04");
  EXPECT_EQ(r.x.events[0].city, "Brasilia");
  EXPECT_EQ(r.x.events[0].partners, (std::vector<std::string>{"MX"}));
}

// Agreements of a wire case as (kind, status, parties joined by spaces, name).
std::vector<std::tuple<std::string, std::string, std::string, std::string>> agreements_of(const char* file) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  EXPECT_TRUE(ex.ok()) << ex.error();
  if (!ex.ok()) return {};
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), file);
  std::vector<std::tuple<std::string, std::string, std::string, std::string>> out;
  for (const auto& a : r.x.agreements) {
    std::string ps;
    for (const auto& p : a.parties) ps += (ps.empty() ? "" : " ") + p;
    out.emplace_back(a.kind, a.status, ps, a.name);
  }
  return out;
}

// "… signed the Singapore-Kenya Digital Economy Partnership Agreement and the Investment Promotion
// and Protection Agreement in Nairobi on 18 May 2026 …": two pacts of the same kind and parties,
// each of its own, both signed.
TEST(WireFacts, TwoNamedAgreementsSignedTogether) {
  const auto ag = agreements_of("583_mti_two_agreements_signed_together.txt");
  ASSERT_EQ(ag.size(), 2u);
  EXPECT_EQ(ag[0], std::make_tuple(std::string("agreement"), std::string("signed"), std::string("KE SG"),
                                   std::string("Singapore-Kenya Digital Economy Partnership Agreement")));
  EXPECT_EQ(ag[1], std::make_tuple(std::string("agreement"), std::string("signed"), std::string("KE SG"),
                                   std::string("Investment Promotion and Protection Agreement")));
}

// "The European Union and Chile held their summit in Brussels … The two sides signed the Advanced
// Framework Agreement and the Interim Trade Agreement …": no government publishes it; the two
// sides are the pair of the sentence before, and both agreements are theirs, signed.
TEST(WireFacts, TwoSidesOfTheSentenceBeforeSignTwoAgreements) {
  const auto ag = agreements_of("584_eu_two_sides_sign_framework_and_interim.txt");
  ASSERT_EQ(ag.size(), 2u);
  EXPECT_EQ(std::get<1>(ag[0]), "signed");
  EXPECT_EQ(std::get<2>(ag[0]), "CL EU");
  EXPECT_EQ(std::get<3>(ag[0]), "Advanced Framework Agreement");
  EXPECT_EQ(std::get<1>(ag[1]), "signed");
  EXPECT_EQ(std::get<2>(ag[1]), "CL EU");
  EXPECT_EQ(std::get<3>(ag[1]), "Interim Trade Agreement");
}

// "Kenya and the European Union agreed to launch the EPA Joint Council …": the body the EPA sets
// up is launched, not the EPA; the EPA stands in force.
TEST(WireFacts, LaunchOfAnAgreementsJointCouncilIsNoLaunchOfIt) {
  const auto ag = agreements_of("585_kenya_epa_joint_council_launched.txt");
  ASSERT_EQ(ag.size(), 1u);
  EXPECT_EQ(std::get<0>(ag[0]), "epa");
  EXPECT_EQ(std::get<1>(ag[0]), "in_force");
  EXPECT_EQ(std::get<2>(ag[0]), "EU KE");
}

// "The AfCFTA Council of Ministers on Thursday adopted the AfCFTA Protocol on Digital Trade": the
// protocol, by its full name, is the agreement adopted, the AfCFTA's.
TEST(WireFacts, ProtocolNamedForTheAfcftaKeepsItsName) {
  const auto ag = agreements_of("586_afcfta_protocol_on_digital_trade_adopted.txt");
  bool protocol = false;
  for (const auto& [kind, status, parties, name] : ag) {
    if (name == "AfCFTA Protocol on Digital Trade") {
      protocol = true;
      EXPECT_EQ(kind, "agreement");
      EXPECT_EQ(status, "concluded");
      EXPECT_EQ(parties, "AFRICAN_UNION");
    } else {
      EXPECT_NE(status, "concluded") << name;  // the AfCFTA itself is not concluded
    }
  }
  EXPECT_TRUE(protocol);
}

// "… the decision by the CPTPP Parties to commence the accession process for Indonesia": the
// accession is launched, Indonesia a party beside the bloc.
TEST(WireFacts, AccessionProcessCommencedForACountry) {
  const auto ag = agreements_of("587_mti_cptpp_accession_process_commenced.txt");
  ASSERT_EQ(ag.size(), 1u);
  EXPECT_EQ(std::get<1>(ag[0]), "launched");
  EXPECT_EQ(std::get<2>(ag[0]), "CPTPP ID");
}

// "… signed the Protocol to Amend the ASEAN-China Free Trade Area (ACFTA 3.0 Upgrade Protocol)":
// the upgrade concluded, under the agreement's whole name.
TEST(WireFacts, UpgradeProtocolKeepsTheAgreementsName) {
  const auto ag = agreements_of("588_asean_china_acfta_upgrade_protocol_signed.txt");
  ASSERT_EQ(ag.size(), 1u);
  EXPECT_EQ(std::get<1>(ag[0]), "upgrade_concluded");
  EXPECT_EQ(std::get<2>(ag[0]), "ASEAN CN");
  EXPECT_EQ(std::get<3>(ag[0]).find('('), std::string::npos) << std::get<3>(ag[0]);
}

// "The Regional Comprehensive Economic Partnership (RCEP) Agreement entered into force for Sri
// Lanka on 1 May 2026": Sri Lanka a party beside the bloc, the agreement in force from that day.
TEST(WireFacts, BlocAgreementInForceForAJoiningCountry) {
  const auto ag = agreements_of("589_asean_rcep_in_force_for_sri_lanka.txt");
  ASSERT_EQ(ag.size(), 1u);
  EXPECT_EQ(std::get<0>(ag[0]), "partnership");
  EXPECT_EQ(std::get<1>(ag[0]), "in_force");
  EXPECT_EQ(std::get<2>(ag[0]), "LK RCEP");
}

// "The Pacific Alliance-Singapore Free Trade Agreement (PASFTA) entered into force on 15 May 2026
// for Singapore, Chile and Peru": those it took effect for are its parties, the bloc's name
// resolving to no code.
TEST(WireFacts, AgreementInForceForTheGovernmentsListed) {
  const auto ag = agreements_of("590_mti_pasfta_in_force_for_listed_parties.txt");
  ASSERT_FALSE(ag.empty());
  EXPECT_EQ(std::get<1>(ag[0]), "in_force");
  EXPECT_EQ(std::get<2>(ag[0]), "CL PE SG");
}

// "The European Union and Mercosur today signed the EU-Mercosur Partnership Agreement and the
// Interim Trade Agreement …": two agreements, both signed, both the EU's and Mercosur's.
TEST(WireFacts, PartnershipAgreementAndInterimTradeAgreementSigned) {
  const auto ag = agreements_of("591_itamaraty_eu_mercosur_partnership_and_interim.txt");
  ASSERT_EQ(ag.size(), 2u);
  EXPECT_EQ(std::get<1>(ag[0]), "signed");
  EXPECT_EQ(std::get<2>(ag[0]), "EU MERCOSUR");
  EXPECT_EQ(std::get<3>(ag[1]), "Interim Trade Agreement");
  EXPECT_EQ(std::get<1>(ag[1]), "signed");
  EXPECT_EQ(std::get<2>(ag[1]), "EU MERCOSUR");
}

// "Costa Rica and the CPTPP Parties signed the Protocol on the Accession of Costa Rica to the CPTPP
// in Melbourne on 19 May 2026": Costa Rica's accession to the CPTPP signed, one agreement.
TEST(WireFacts, AccessionProtocolSignedForACountry) {
  const auto ag = agreements_of("592_mti_cptpp_accession_protocol_signed.txt");
  ASSERT_EQ(ag.size(), 1u);
  EXPECT_EQ(std::get<1>(ag[0]), "signed");
  EXPECT_EQ(std::get<2>(ag[0]), "CPTPP CR");
}

// "Canada will remove many of its retaliatory tariffs … on September 1, Prime Minister Mark Carney
// said on Friday": the decision is dated the Friday, not the day the tariffs go.
TEST(WireFacts, DecisionDatedTheDayTold) {
  auto ex = tw::Extractor::load(TW_SOURCE_DIR "/data");
  ASSERT_TRUE(ex.ok()) << ex.error();
  const tw::Record r = tw::testing::extract_wire_case(*ex.value(), "633_reuters_canada_removes_tariffs_on_a_day.txt");
  ASSERT_FALSE(r.x.events.empty());
  EXPECT_EQ(r.x.events[0].type, "decision");
  EXPECT_EQ(r.x.events[0].start, "2025-08-22");
}

}  // namespace
