#include "text/tsv.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace tw::text {

Result<std::vector<Row>> read_tsv(const std::string& data_dir, const std::string& name) {
  const std::string path = data_dir + "/" + name;
  std::ifstream in(path);
  if (!in) return Error{path + ": cannot open data file"};
  std::vector<Row> rows;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    Row row;
    size_t start = 0;
    for (;;) {
      size_t tab = line.find('\t', start);
      row.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<std::string> alternatives(const std::string& field, char separator) {
  std::vector<std::string> out;
  for (size_t b = 0; b <= field.size();) {
    size_t e = field.find(separator, b);
    if (e == std::string::npos) e = field.size();
    if (e > b) out.push_back(field.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

Result<std::string> read_iso_codes(const std::string& name) {
  std::string dir = "/usr/share/iso-codes/json";
  if (const char* env = std::getenv("TRADEWATCH_ISO_CODES"); env && *env) dir = env;
  const std::string path = dir + "/" + name;
  std::ifstream in(path);
  if (!in) return Error{path + ": cannot open (install the Debian package iso-codes)"};
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace tw::text
