#include "platform/excel/xlsx_reader.hpp"

#include <unzip.h>

#include <pugixml.hpp>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <optional>
#include <set>

#include "platform/core/errors.hpp"

namespace md::excel {
namespace {

constexpr std::size_t kMaxPartBytes = 256u << 20;  // a zip bomb stops here

// --- minizip over a memory buffer ------------------------------------------------------
struct MemFile {
  std::string_view data;
  ZPOS64_T pos = 0;
};

voidpf mem_open(voidpf opaque, const void*, int) { return opaque; }
uLong mem_read(voidpf, voidpf stream, void* buf, uLong size) {
  auto* f = static_cast<MemFile*>(stream);
  ZPOS64_T left = f->data.size() > f->pos ? f->data.size() - f->pos : 0;
  uLong n = static_cast<uLong>(std::min<ZPOS64_T>(left, size));
  std::memcpy(buf, f->data.data() + f->pos, n);
  f->pos += n;
  return n;
}
uLong mem_write(voidpf, voidpf, const void*, uLong) { return 0; }
ZPOS64_T mem_tell(voidpf, voidpf stream) { return static_cast<MemFile*>(stream)->pos; }
long mem_seek(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
  auto* f = static_cast<MemFile*>(stream);
  ZPOS64_T base = 0;
  if (origin == ZLIB_FILEFUNC_SEEK_CUR) base = f->pos;
  if (origin == ZLIB_FILEFUNC_SEEK_END) base = f->data.size();
  if (base + offset > f->data.size()) return -1;
  f->pos = base + offset;
  return 0;
}
int mem_close(voidpf, voidpf) { return 0; }
int mem_error(voidpf, voidpf) { return 0; }

ApiError refuse(const char* code) { return bad_request(code); }

class Zip {
 public:
  explicit Zip(std::string_view bytes) : file_{bytes, 0} {
    zlib_filefunc64_def def{};
    def.zopen64_file = mem_open;
    def.zread_file = mem_read;
    def.zwrite_file = mem_write;
    def.ztell64_file = mem_tell;
    def.zseek64_file = mem_seek;
    def.zclose_file = mem_close;
    def.zerror_file = mem_error;
    def.opaque = &file_;
    zip_ = unzOpen2_64("memory.xlsx", &def);
    if (!zip_) throw refuse("import.not_xlsx");
  }
  ~Zip() {
    if (zip_) unzClose(zip_);
  }
  Zip(const Zip&) = delete;
  Zip& operator=(const Zip&) = delete;

  /// The part's bytes, or nullopt when the zip has no such part.
  std::optional<std::string> part(const std::string& name) {
    if (unzLocateFile(zip_, name.c_str(), 0) != UNZ_OK) return std::nullopt;
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(zip_, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK) {
      throw refuse("import.not_xlsx");
    }
    if (info.flag & 1u) throw refuse("import.encrypted");
    if (info.uncompressed_size > kMaxPartBytes) throw refuse("import.too_many_rows");
    if (unzOpenCurrentFile(zip_) != UNZ_OK) throw refuse("import.not_xlsx");
    std::string out;
    out.reserve(static_cast<std::size_t>(info.uncompressed_size));
    char buf[65536];
    for (;;) {
      int n = unzReadCurrentFile(zip_, buf, sizeof buf);
      if (n < 0) {
        unzCloseCurrentFile(zip_);
        throw refuse("import.not_xlsx");
      }
      if (n == 0) break;
      out.append(buf, static_cast<std::size_t>(n));
      if (out.size() > kMaxPartBytes) {
        unzCloseCurrentFile(zip_);
        throw refuse("import.too_many_rows");
      }
    }
    if (unzCloseCurrentFile(zip_) != UNZ_OK) throw refuse("import.not_xlsx");  // CRC error
    return out;
  }

 private:
  MemFile file_;
  unzFile zip_ = nullptr;
};

pugi::xml_document parse_xml(const std::string& text) {
  pugi::xml_document doc;
  if (!doc.load_buffer(text.data(), text.size())) throw refuse("import.not_xlsx");
  return doc;
}

// "xl/worksheets/../x.xml" style targets resolved against "xl/".
std::string resolve_target(const std::string& target) {
  if (!target.empty() && target[0] == '/') return target.substr(1);
  std::string path = "xl/" + target;
  // collapse "dir/../"
  std::size_t p;
  while ((p = path.find("/../")) != std::string::npos) {
    std::size_t start = path.rfind('/', p == 0 ? 0 : p - 1);
    start = start == std::string::npos ? 0 : start + 1;
    path.erase(start, p + 4 - start);
  }
  return path;
}

// The text of <si> or <is>: <t> directly or the runs' <t>s (phonetic <rPh> left out).
std::string rich_text(const pugi::xml_node& n) {
  std::string out;
  for (auto child : n.children()) {
    std::string_view name = child.name();
    if (name == "t") {
      out += child.text().get();
    } else if (name == "r") {
      out += child.child("t").text().get();
    }
  }
  return out;
}

bool is_date_format(int id, const std::map<int, std::string>& custom) {
  if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
      (id >= 50 && id <= 58)) {
    return true;
  }
  auto it = custom.find(id);
  if (it == custom.end()) return false;
  // A custom format is a date when it has y/m/d codes outside quotes and brackets.
  bool quoted = false, bracket = false;
  for (char c : it->second) {
    if (c == '"')
      quoted = !quoted;
    else if (!quoted && c == '[')
      bracket = true;
    else if (!quoted && c == ']')
      bracket = false;
    else if (!quoted && !bracket && (c == 'y' || c == 'd' || c == 'Y' || c == 'D'))
      return true;
  }
  return false;
}

/// 0: no time of day; 1: hours and minutes; 2: with seconds (custom formats with h / s codes,
/// as the exporter writes "yyyy-mm-dd hh:mm:ss"; built-in 22 is "m/d/yy h:mm").
int time_part(int id, const std::map<int, std::string>& custom) {
  if (id == 22) return 1;
  auto it = custom.find(id);
  if (it == custom.end()) return 0;
  bool quoted = false, bracket = false, hours = false, seconds = false;
  for (char c : it->second) {
    if (c == '"')
      quoted = !quoted;
    else if (!quoted && c == '[')
      bracket = true;
    else if (!quoted && c == ']')
      bracket = false;
    else if (!quoted && !bracket && (c == 'h' || c == 'H'))
      hours = true;
    else if (!quoted && !bracket && (c == 's' || c == 'S'))
      seconds = true;
  }
  return hours ? (seconds ? 2 : 1) : 0;
}

/// The time of day of a date serial: " 14:05" or " 14:05:09".
std::string serial_time(double serial, bool seconds) {
  auto total = static_cast<long long>(std::llround((serial - std::floor(serial)) * 86400.0));
  if (total >= 86400) total = 86399;
  char buf[64];
  if (seconds)
    std::snprintf(buf, sizeof buf, " %02lld:%02lld:%02lld", total / 3600, total / 60 % 60,
                  total % 60);
  else
    std::snprintf(buf, sizeof buf, " %02lld:%02lld", total / 3600, total / 60 % 60);
  return buf;
}

int column_index(std::string_view ref) {
  int col = 0;
  for (char c : ref) {
    if (c >= 'A' && c <= 'Z')
      col = col * 26 + (c - 'A' + 1);
    else if (c >= 'a' && c <= 'z')
      col = col * 26 + (c - 'a' + 1);
    else
      break;
  }
  return col - 1;
}

int row_of(std::string_view ref) {
  std::size_t i = 0;
  while (i < ref.size() && !(ref[i] >= '0' && ref[i] <= '9')) ++i;
  int r = 0;
  for (; i < ref.size() && ref[i] >= '0' && ref[i] <= '9'; ++i) r = r * 10 + (ref[i] - '0');
  return r;
}

std::string number_text(const std::string& raw) {
  char* end = nullptr;
  double v = std::strtod(raw.c_str(), &end);
  if (end == raw.c_str() || *end != '\0') return raw;
  if (std::fabs(v) < 1e15 && v == std::floor(v)) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", v);
    return buf;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

void trim_trailing_empty(std::vector<std::string>& cells) {
  while (!cells.empty() && cells.back().empty()) cells.pop_back();
}

}  // namespace

std::string excel_serial_date(double serial, bool date1904) {
  long long days = static_cast<long long>(std::floor(serial));
  if (date1904)
    days += 1462;
  else if (days < 61)
    days += 1;  // before the fake 1900-02-29
  // days since 1899-12-30 → civil date (Howard Hinnant's algorithm, epoch shifted)
  long long z = days - 25569 + 719468;  // 25569 = 1970-01-01
  long long era = (z >= 0 ? z : z - 146096) / 146097;
  long long doe = z - era * 146097;
  long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long long y = yoe + era * 400;
  long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long long mp = (5 * doy + 2) / 153;
  long long d = doy - (153 * mp + 2) / 5 + 1;
  long long m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) ++y;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lld", y, m, d);
  return buf;
}

Sheet read_xlsx(std::string_view bytes, std::size_t max_data_rows) {
  static const unsigned char ole[] = {0xD0, 0xCF, 0x11, 0xE0};
  if (bytes.size() >= 4 && std::memcmp(bytes.data(), ole, 4) == 0) {
    throw refuse("import.encrypted");
  }
  if (bytes.size() < 4 || bytes.substr(0, 2) != "PK") throw refuse("import.not_xlsx");
  Zip zip(bytes);

  // The first sheet: workbook.xml's first <sheet> and its relationship target.
  auto wb_text = zip.part("xl/workbook.xml");
  if (!wb_text) throw refuse("import.not_xlsx");
  auto wb = parse_xml(*wb_text);
  auto workbook = wb.child("workbook");
  bool date1904 = workbook.child("workbookPr").attribute("date1904").as_bool();
  auto first = workbook.child("sheets").child("sheet");
  if (!first) throw refuse("import.not_xlsx");
  std::string rid = first.attribute("r:id").value();
  std::string sheet_path = "xl/worksheets/sheet1.xml";
  if (auto rels_text = zip.part("xl/_rels/workbook.xml.rels")) {
    auto rels = parse_xml(*rels_text);
    for (auto rel : rels.child("Relationships").children("Relationship")) {
      if (rid == rel.attribute("Id").value())
        sheet_path = resolve_target(rel.attribute("Target").value());
    }
  }

  std::vector<std::string> shared;
  if (auto sst_text = zip.part("xl/sharedStrings.xml")) {
    auto sst = parse_xml(*sst_text);
    for (auto si : sst.child("sst").children("si")) shared.push_back(rich_text(si));
  }

  std::vector<bool> date_style;
  std::vector<int> time_style;
  if (auto styles_text = zip.part("xl/styles.xml")) {
    auto styles = parse_xml(*styles_text);
    auto ss = styles.child("styleSheet");
    std::map<int, std::string> custom;
    for (auto f : ss.child("numFmts").children("numFmt")) {
      custom[f.attribute("numFmtId").as_int()] = f.attribute("formatCode").value();
    }
    for (auto xf : ss.child("cellXfs").children("xf")) {
      date_style.push_back(is_date_format(xf.attribute("numFmtId").as_int(), custom));
      time_style.push_back(time_part(xf.attribute("numFmtId").as_int(), custom));
    }
  }

  auto sheet_text = zip.part(sheet_path);
  if (!sheet_text) throw refuse("import.not_xlsx");
  auto doc = parse_xml(*sheet_text);
  sheet_text.reset();
  auto ws = doc.child("worksheet");

  for (auto mc : ws.child("mergeCells").children("mergeCell")) {
    std::string ref = mc.attribute("ref").value();
    auto colon = ref.find(':');
    int top = row_of(ref.substr(0, colon));
    if (top <= 1) throw refuse("import.bad_header");
  }

  Sheet out;
  std::size_t data_rows = 0;
  int next_row = 1;
  for (auto row : ws.child("sheetData").children("row")) {
    int number = row.attribute("r").as_int(next_row);
    next_row = number + 1;
    SheetRow r{number, {}};
    int next_col = 0;
    for (auto c : row.children("c")) {
      const char* ref = c.attribute("r").value();
      int col = *ref ? column_index(ref) : next_col;
      if (col < 0 || col > 16383) continue;
      next_col = col + 1;
      std::string type = c.attribute("t").value();
      std::string v = c.child("v").text().get();
      std::string text;
      if (type == "s") {
        std::size_t i = static_cast<std::size_t>(std::strtoul(v.c_str(), nullptr, 10));
        text = i < shared.size() ? shared[i] : "";
      } else if (type == "inlineStr") {
        text = rich_text(c.child("is"));
      } else if (type == "str" || type == "e") {
        text = v;
      } else if (type == "b") {
        text = v == "1" ? "TRUE" : "FALSE";
      } else if (!v.empty()) {
        auto s = static_cast<std::size_t>(c.attribute("s").as_uint(0));
        char* end = nullptr;
        double num = std::strtod(v.c_str(), &end);
        if (s < date_style.size() && date_style[s] && end != v.c_str() && num >= 1 &&
            num < 2958466) {
          text = excel_serial_date(num, date1904);
          if (time_style[s] != 0) text += serial_time(num, time_style[s] == 2);
        } else {
          text = number_text(v);
        }
      }
      if (r.cells.size() <= static_cast<std::size_t>(col))
        r.cells.resize(static_cast<std::size_t>(col) + 1);
      r.cells[static_cast<std::size_t>(col)] = std::move(text);
    }
    trim_trailing_empty(r.cells);
    if (r.cells.empty()) continue;
    if (number > 1 && ++data_rows > max_data_rows) throw refuse("import.too_many_rows");
    out.rows.push_back(std::move(r));
  }
  return out;
}

}  // namespace md::excel
