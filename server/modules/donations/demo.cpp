// Demo data (R11.5, from the seed article: "全体党员带头示范……共克时艰，并捐款捐物达3万余元"):
// the 2020 epidemic campaign — the organ's staff give money to the Red Cross (27,800 yuan in
// all), the branch and the union give masks and disinfectant (4,560 yuan estimated), so the
// campaign's total is 32,360 yuan, "over 30,000 yuan".
#include <ctime>
#include <string>

#include "platform/core/app.hpp"

namespace md::donations {

void load_demo(App& app, db::Connection& conn, DemoReport& report);

namespace {

const char* const kCampaign = "2020年新冠肺炎疫情防控捐款捐物";
const char* const kRedCross = "云溪区红十字会";
const char* const kCommand = "云溪区新冠肺炎疫情防控指挥部";
// Yuan given by the first twenty staff, the leader first (27,800 yuan).
const std::int64_t kYuan[] = {3000, 2000, 2000, 2000, 1500, 1500, 1500, 1500, 1200, 1200,
                              1200, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1200};

struct Goods {
  const char* donor;
  const char* day;
  const char* item;
  std::int64_t quantity;
  const char* unit_label;
  std::int64_t value_fen;
};
const Goods kGoods[] = {
    {"云溪区人大常委会机关党支部", "2020-02-03", "医用外科口罩", 2000, "只", 300000},
    {"云溪区人大常委会机关工会", "2020-02-05", "84消毒液", 30, "箱", 156000},
};

}  // namespace

void load_demo(App& app, db::Connection& conn, DemoReport& report) {
  (void)app;
  auto now = static_cast<std::int64_t>(std::time(nullptr));
  std::int64_t total = 0;
  int receipt = 1, entries = 0;
  auto receipt_no = [&] {
    std::string n = std::to_string(receipt++);
    return "YXHSH2020-" + std::string(4 - n.size(), '0') + n;
  };
  std::size_t i = 0;
  for (const auto& r : conn.query(
           "SELECT p.id, p.name FROM people p LEFT JOIN users u ON u.id = p.user_id WHERE p.unit "
           "LIKE '云溪区人大常委会%' ORDER BY CASE WHEN u.username = 'leader' THEN 0 ELSE 1 END, "
           "p.id LIMIT 20")) {
    std::int64_t fen = kYuan[i] * 100;
    conn.exec(
        "INSERT INTO donations (kind, donor_kind, donor_person_id, donor_name, donated_on, "
        "recipient, receipt_no, campaign, amount_fen, note, created_at, updated_at) VALUES "
        "('money', 'person', ?, ?, ?, ?, ?, ?, ?, '', ?, ?)",
        {r.i64("id"), r.str("name"), "2020-02-0" + std::to_string(i % 9 + 1), kRedCross,
         receipt_no(), kCampaign, fen, now, now});
    total += fen;
    ++entries;
    ++i;
  }
  for (const auto& g : kGoods) {
    conn.exec(
        "INSERT INTO donations (kind, donor_kind, donor_name, donated_on, recipient, receipt_no, "
        "campaign, item, quantity, unit_label, value_fen, note, created_at, updated_at) VALUES "
        "('goods', 'unit', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {g.donor, g.day, kCommand, receipt_no(), kCampaign, g.item, g.quantity, g.unit_label,
         g.value_fen, "送往疫情防控一线卡口", now, now});
    total += g.value_fen;
    ++entries;
  }
  report.lines.push_back("Donations: " + std::to_string(entries) + " entries, " +
                         std::to_string(total / 100) + " yuan in the 2020 epidemic campaign");
}

}  // namespace md::donations
