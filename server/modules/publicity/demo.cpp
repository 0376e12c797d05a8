// Demo data (R10.1): a dozen articles across the columns, drawn from the seed article (云溪区
// 人大常委会 2020 党建), written by the clerk and approved by the leader — one scheduled for two
// days from now, one withdrawn, one waiting for review. The default sensitive-word list comes
// with the migration.
#include "modules/publicity/rules.hpp"
#include "modules/publicity/sanitize.hpp"
#include "platform/cases/store.hpp"
#include "platform/core/app.hpp"

namespace md::publicity {

void load_demo(App& app, db::Connection& conn, DemoReport& report);

namespace {

enum class Fate { published, scheduled, withdrawn, review };

struct DemoArticle {
  const char* column;
  const char* title;
  const char* author;
  std::vector<const char*> paragraphs;
  int days_ago;
  Fate fate;
};

const std::vector<DemoArticle>& articles() {
  static const std::vector<DemoArticle> a = {
      {"party",
       "云溪区人大常委会：让党建活动实起来、动起来、活起来",
       "丁晓春",
       {"去年以来，云溪区人大常委会党组认真贯彻落实新时代党的建设总要求，牢固树立“抓好党建是本职、"
        "不抓党建是失职、抓不好党建是不称职”的理念，坚持把政治建设放在首位，坚持党建与人大依法履职"
        "行权"
        "互促共进，以党建引领人大工作新征程。",
        "“一个支部一面旗，一名党员一盏灯。旗帜引领方向，明灯照亮征途。”"},
       40,
       Fate::published},
      {"party",
       "推进“两个全覆盖”：专委会设立功能型党支部",
       "区人大机关党支部",
       {"云溪区人大依据《中国共产党党组工作条例》，按照“人大常委会党组+机关党支部+"
        "专委会功能型党支部”"
        "模式，在每个专委会设立功能型党支部，建立学习培训、双重组织生活、党员代表联系党外代表、管理"
        "与"
        "考核四项制度。",
        "实现党的组织对党员代表全覆盖和党的工作对人大代表全覆盖。"},
       35,
       Fate::published},
      {"work",
       "“送党课下乡”走进松阳湖街道滨湖村",
       "区人大办公室",
       {"在联点单位松阳湖街道滨湖村开展“送党课下乡寻初心、守初心、践初心”主题党日活动。",
        "扎实开展民主评议党员活动，对4名优秀党员给予精神奖励。"},
       30,
       Fate::published},
      {"work",
       "修订出台系列制度 机关工作有章可循",
       "区人大办公室",
       {"云溪区人大常委会研究修订出台《岳阳市云溪区人民代表大会常务委员会讨论、决定重大事项的规定》"
        "《岳阳市云溪区人民代表大会常务委员会国有资产管理监督暂行办法》等一系列制度。",
        "通过制度完善，进一步强化机关各项工作有章可循、有法可依，确保工作有序推进。"},
       25,
       Fate::published},
      {"work",
       "坚持“一月一法” 建设学习型机关",
       "区人大办公室",
       {"按照建设学习型机关要求，强化干部职工的政治理论、人大业务及有关法律知识的学习，坚持开展"
        "“一月一法”学习活动，为人大干部依法履职奠定了扎实的理论基础。"},
       20,
       Fate::published},
      {"livelihood",
       "路口镇民生实事项目实行人大代表票决",
       "区人大代表工委",
       {"率先在全市启动政府民生实事项目人大代表票决制试点。路口镇在2019年度对五件民生实事实行人大代"
        "表"
        "投票表决，并以无记名投票方式对项目完成情况进行满意度测评。"},
       18,
       Fate::published},
      {"livelihood",
       "聚焦水污染防治开展执法检查和专题调研",
       "区人大城环委",
       {"对问题聚焦的水污染防治执法检查，生态环保、预算监督联网、传染病防治法的宣传贯彻执行情况、"
        "民生实事人大代表票决制全覆盖等重点工作进行专题调研和监督。"},
       15,
       Fate::published},
      {"deputies",
       "代表勇敢逆行 战斗在抗疫一线",
       "区人大代表工委",
       {"在新冠肺炎疫情期间，全区5名省代表、27名市代表、154名区代表、114名镇代表勇敢逆行，采取各种"
        "不同形式战斗在不同的岗位上，展现了“人民代表为人民”的时代风采。",
        "党员代表刘建军、向锋、彭伟球、林望菊、易升明等，更是身先士卒，日夜忘我奋战在抗疫一线。"},
       12,
       Fate::published},
      {"deputies",
       "20个代表工作室架起联系选民的桥梁",
       "区人大代表工委",
       {"全区20个代表工作室，拥有代表300名，党员代表258名，在发挥代表联系选民、代表督查督办选民提出"
        "的"
        "问题、代表接受选民监督等方面，充分发挥了平台作用。"},
       8,
       Fate::published},
      {"notices",
       "关于开展“运用法治力量，守护碧水清波”环保志愿服务活动的通知",
       "区人大机关党支部",
       {"机关党支部组建志愿服务队，开展“运用法治力量，守护碧水清波”环保志愿服务活动，将依法监督与志"
        "愿"
        "服务融为一体，既当监督员、宣传员，又当服务员。"},
       0,
       Fate::scheduled},
      {"notices",
       "关于镇（街道）人大工作经验交流会的通知",
       "区人大办公室",
       {"每年分上下半年举行两次镇(街道)人大(工委)工作经验交流会，印发《关于规范镇人大、街道人大工委"
        "工作的指导意见》。"},
       10,
       Fate::withdrawn},
      {"work",
       "机关工会成立 道德讲堂和“我们的节日”活动丰富职工生活",
       "区人大机关工会",
       {"区人大常委会正式选举成立了工会组织，按期开展了6期道德讲堂、7个“我们的节日”主题活动、建立了"
        "职工书屋等，进一步丰富干部职工的文化生活。",
        "全体干部职工积极投身抗击疫情的战斗中去，并捐款捐物达3万余元。"},
       1,
       Fate::review},
  };
  return a;
}

struct Actor {
  std::int64_t id = 0;
  std::string name;
};

Actor actor(db::Connection& conn, const char* username) {
  auto r = conn.query_one("SELECT id, display_name FROM users WHERE username = ?", {username});
  if (!r) return {};
  return {r->i64("id"), r->str("display_name")};
}

void step(db::Connection& conn, std::int64_t case_id, const Actor& who, const char* action,
          std::int64_t at, const std::string& note = "") {
  auto c = cases::load_case(conn, "article", case_id);
  cases::Step s;
  s.action = action;
  s.actor_user_id = who.id;
  s.actor_name = who.name;
  s.note = note;
  cases::apply_step(conn, article_workflow(), c, s, at);
}

}  // namespace

void load_demo(App&, db::Connection& conn, DemoReport& report) {
  Actor clerk = actor(conn, "clerk"), leader = actor(conn, "leader");
  if (clerk.id == 0 || leader.id == 0) return;
  std::int64_t now = std::time(nullptr);
  int n = 0;
  for (const auto& a : articles()) {
    std::string html;
    for (const char* p : a.paragraphs) html += "<p>" + escape_html(p) + "</p>";
    std::int64_t written = now - (a.days_ago + 2) * 86400;
    std::int64_t submitted = written + 3600;
    std::int64_t approved = now - a.days_ago * 86400;
    std::optional<std::int64_t> publish_at;
    if (a.fate == Fate::scheduled) publish_at = now + 2 * 86400;
    auto id =
        conn.query_one(
                "INSERT INTO articles (state, title, summary, column_key, author, body_html, "
                "wechat, publish_at, created_by, created_at, updated_at) VALUES ('draft', ?, "
                "?, ?, ?, ?, 1, ?, ?, ?, ?) RETURNING id",
                {a.title, html_to_text(html, 120), a.column, a.author, html,
                 publish_at ? db::Value(*publish_at) : db::Value(), clerk.id, written, written})
            ->i64("id");
    cases::NewCase nc;
    nc.ref_no = "XC-" + std::to_string(id);
    nc.title = a.title;
    nc.actor_user_id = clerk.id;
    nc.actor_name = clerk.name;
    auto case_id = cases::open_case(conn, article_workflow(), nc, written);
    conn.exec("UPDATE articles SET case_id = ?, submitted_by = ? WHERE id = ?",
              {case_id, clerk.id, id});
    step(conn, case_id, clerk, "submit", submitted);
    if (a.fate != Fate::review) {
      step(conn, case_id, leader, "approve", approved);
      conn.exec(
          "UPDATE articles SET reviewed_by = ?, published_at = ?, updated_at = ? WHERE id = ?",
          {leader.id, publish_at.value_or(approved), approved, id});
    }
    if (a.fate == Fate::withdrawn) {
      step(conn, case_id, leader, "withdraw", approved + 86400, "交流会时间调整，另行通知");
    }
    ++n;
  }
  report.lines.push_back("publicity: " + std::to_string(n) +
                         " articles (1 scheduled, 1 withdrawn, 1 in review); portal at /portal");
}

}  // namespace md::publicity
