// The staff reading room (职工书屋, R11.2): books (ISBN checked), copies, loans and returns,
// the overdue list. A copy is out while it has a loan without returned_on; lending it again is
// refused with 409 naming who has it (and the partial unique index refuses a race).
#include "modules/union/routes.hpp"
#include "modules/union/rules.hpp"
#include "platform/core/errors.hpp"
#include "platform/db/db.hpp"
#include "platform/http/export.hpp"
#include "platform/http/listing.hpp"

namespace md::trade_union {
using http::Context;
using http::Json;
using http::Response;
using http::Route;

namespace {

std::int64_t loan_days(Context& ctx) { return ctx.settings().get_int("union.loan_days"); }

// ---- books ----

constexpr const char* kBookColumns =
    "b.id, b.isbn, b.title, b.author, b.publisher, b.published_year, "
    "(SELECT COUNT(*) FROM library_copies c WHERE c.book_id = b.id AND c.status = 'shelf') AS "
    "copies, (SELECT COUNT(*) FROM library_loans l JOIN library_copies c ON c.id = l.copy_id "
    "WHERE c.book_id = b.id AND l.returned_on IS NULL) AS out";

Json book_json(const db::Row& r) {
  return {{"id", r.i64("id")},
          {"isbn", r.str("isbn")},
          {"title", r.str("title")},
          {"author", r.str("author")},
          {"publisher", r.str("publisher")},
          {"publishedYear", r.opt_i64("published_year") ? Json(r.i64("published_year")) : Json()},
          {"copies", r.i64("copies")},
          {"out", r.i64("out")},
          {"available", r.i64("copies") - r.i64("out")}};
}

Json books_page(Context& ctx, const http::ListParams& p, std::int64_t* total) {
  std::string where = " FROM library_books b WHERE 1 = 1";
  db::Params params;
  if (!p.q.empty()) {
    where += " AND " +
             http::search_clause({"b.title", "b.author", "b.isbn", "b.publisher"}, p.q, params);
  }
  auto page = http::query_page(ctx.db, kBookColumns, where, params, p, "b.id", book_json);
  *total = page.total;
  return page.items;
}

http::ListParams book_params(Context& ctx, std::int64_t max) {
  return http::parse_list(ctx,
                          {{"title", "b.title" + std::string(ctx.db.pinyin_collation())},
                           {"author", "b.author" + std::string(ctx.db.pinyin_collation())},
                           {"isbn", "b.isbn"},
                           {"createdAt", "b.created_at"}},
                          "title", max);
}

Response list_books(Context& ctx) {
  auto p = book_params(ctx, 100);
  std::int64_t total = 0;
  Json items = books_page(ctx, p, &total);
  return Response::json(http::page_json(items, total, p));
}

Response export_books(Context& ctx) {
  auto p = book_params(ctx, 10000);
  p.page_size = 10000;
  std::int64_t total = 0;
  Json items = books_page(ctx, p, &total);
  for (auto& b : items) {
    if (b["publishedYear"].is_null()) b["publishedYear"] = "";
  }
  bool en = english(ctx);
  std::vector<excel::Column> cols = {{"ISBN", "isbn", 16},
                                     {en ? "Title" : "书名", "title", 36},
                                     {en ? "Author" : "作者", "author", 18},
                                     {en ? "Publisher" : "出版社", "publisher", 20},
                                     {en ? "Year" : "出版年", "publishedYear", 8},
                                     {en ? "Copies" : "册数", "copies", 8},
                                     {en ? "Available" : "在架", "available", 8}};
  return http::audited_xlsx(ctx, "library.books_export", "library_book",
                            en ? "reading-room-books" : "职工书屋图书", cols, items);
}

Json book_detail(Context& ctx, std::int64_t id) {
  auto r = ctx.db.query_one(
      std::string("SELECT ") + kBookColumns + " FROM library_books b WHERE b.id = ?", {id});
  if (!r) throw not_found("library.book_not_found");
  Json out = book_json(*r);
  Json copies = Json::array();
  for (const auto& c : ctx.db.query(
           "SELECT c.id, c.barcode, c.status, l.id AS loan_id, l.due_on, p.name FROM "
           "library_copies c LEFT JOIN library_loans l ON l.copy_id = c.id AND l.returned_on IS "
           "NULL LEFT JOIN people p ON p.id = l.person_id WHERE c.book_id = ? ORDER BY c.id",
           {id})) {
    Json loan = nullptr;
    if (c.opt_i64("loan_id")) {
      loan = {{"id", c.i64("loan_id")}, {"dueOn", c.str("due_on")}, {"borrower", c.str("name")}};
    }
    copies.push_back({{"id", c.i64("id")},
                      {"barcode", c.str("barcode")},
                      {"status", c.str("status")},
                      {"loan", loan}});
  }
  out["copyList"] = copies;
  return out;
}

Response get_book(Context& ctx) { return Response::json(book_detail(ctx, ctx.id())); }

struct BookInput {
  std::string isbn, title, author, publisher;
  std::optional<std::int64_t> year;
};

BookInput checked_book(Context& ctx) {
  const Json& b = ctx.body;
  BookInput in{"", b["title"], text_or_empty(b, "author"), text_or_empty(b, "publisher"),
               std::nullopt};
  std::vector<std::pair<std::string, std::string>> errors;
  if (auto isbn = normalize_isbn(b["isbn"].get<std::string>())) {
    in.isbn = *isbn;
  } else {
    errors.emplace_back("isbn", "library.isbn_invalid");
  }
  if (blank(in.title)) errors.emplace_back("title", "library.title_required");
  if (b.contains("publishedYear") && b["publishedYear"].is_number_integer()) {
    in.year = b["publishedYear"].get<std::int64_t>();
    if (*in.year < 1450 || *in.year > std::stoi(today(ctx).substr(0, 4))) {
      errors.emplace_back("publishedYear", "library.year_range");
    }
  }
  throw_fields(errors);
  return in;
}

void refuse_duplicate_isbn(Context& ctx, const std::string& isbn, std::int64_t except) {
  auto r = ctx.db.query_one("SELECT id, title FROM library_books WHERE isbn = ? AND id <> ?",
                            {isbn, except});
  if (r) throw conflict("library.isbn_duplicate", {{"title", r->str("title")}});
}

void add_copies(Context& ctx, std::int64_t book, std::int64_t count) {
  auto have = ctx.db.scalar("SELECT COUNT(*) FROM library_copies WHERE book_id = ?", {book});
  for (std::int64_t i = 1; i <= count; ++i) {
    ctx.db.exec(
        "INSERT INTO library_copies (book_id, barcode, status, created_at) VALUES (?, ?, "
        "'shelf', ?)",
        {book, "SW" + std::to_string(book) + "-" + std::to_string(have + i), ctx.now});
  }
}

Response create_book(Context& ctx) {
  BookInput in = checked_book(ctx);
  auto copies = ctx.body.value("copies", std::int64_t{1});
  db::Transaction tx(ctx.db);
  refuse_duplicate_isbn(ctx, in.isbn, 0);
  auto id = ctx.db
                .query(
                    "INSERT INTO library_books (isbn, title, author, publisher, published_year, "
                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                    {in.isbn, in.title, in.author, in.publisher,
                     in.year ? db::Value(*in.year) : db::Value(), ctx.now, ctx.now})
                .at(0)
                .i64("id");
  add_copies(ctx, id, copies);
  Json after = book_detail(ctx, id);
  ctx.audit("library.book_create", "library_book", std::to_string(id), nullptr, after);
  tx.commit();
  return Response::json(after, 201);
}

Response update_book(Context& ctx) {
  db::Transaction tx(ctx.db);
  Json before = book_detail(ctx, ctx.id());
  BookInput in = checked_book(ctx);
  refuse_duplicate_isbn(ctx, in.isbn, ctx.id());
  ctx.db.exec(
      "UPDATE library_books SET isbn = ?, title = ?, author = ?, publisher = ?, published_year "
      "= ?, updated_at = ? WHERE id = ?",
      {in.isbn, in.title, in.author, in.publisher, in.year ? db::Value(*in.year) : db::Value(),
       ctx.now, ctx.id()});
  Json after = book_detail(ctx, ctx.id());
  ctx.audit("library.book_update", "library_book", std::to_string(ctx.id()), before, after);
  tx.commit();
  return Response::json(after);
}

Response post_copies(Context& ctx) {
  db::Transaction tx(ctx.db);
  Json before = book_detail(ctx, ctx.id());
  add_copies(ctx, ctx.id(), ctx.body["count"].get<std::int64_t>());
  Json after = book_detail(ctx, ctx.id());
  ctx.audit("library.copies_add", "library_book", std::to_string(ctx.id()),
            {{"copies", before["copies"]}}, {{"copies", after["copies"]}});
  tx.commit();
  return Response::json(after, 201);
}

// ---- loans ----

constexpr const char* kLoanColumns =
    "l.id, l.copy_id, c.barcode, b.id AS book_id, b.title, b.isbn, l.person_id, p.name, "
    "l.borrowed_on, l.due_on, l.returned_on";
constexpr const char* kLoanFrom =
    " FROM library_loans l JOIN library_copies c ON c.id = l.copy_id JOIN library_books b ON "
    "b.id = c.book_id JOIN people p ON p.id = l.person_id";

Json loan_json(const db::Row& r, const std::string& today_) {
  auto returned = r.opt_str("returned_on");
  return {{"id", r.i64("id")},
          {"copyId", r.i64("copy_id")},
          {"barcode", r.str("barcode")},
          {"bookId", r.i64("book_id")},
          {"title", r.str("title")},
          {"isbn", r.str("isbn")},
          {"personId", r.i64("person_id")},
          {"borrower", r.str("name")},
          {"borrowedOn", r.str("borrowed_on")},
          {"dueOn", r.str("due_on")},
          {"returnedOn", returned ? Json(*returned) : Json()},
          {"overdueDays", overdue_days(r.str("due_on"), returned, today_)}};
}

Json loans_page(Context& ctx, const http::ListParams& p, std::int64_t* total) {
  std::string where = std::string(kLoanFrom) + " WHERE 1 = 1";
  db::Params params;
  std::string state = ctx.query("state");
  if (state == "open") {
    where += " AND l.returned_on IS NULL";
  } else if (state == "overdue") {
    where += " AND l.returned_on IS NULL AND l.due_on < ?";
    params.push_back(today(ctx));
  } else if (state == "returned") {
    where += " AND l.returned_on IS NOT NULL";
  } else if (!state.empty()) {
    throw bad_request("request.bad_query", {{"param", "state"}});
  }
  if (auto person = int_query(ctx, "personId")) {
    where += " AND l.person_id = ?";
    params.push_back(*person);
  }
  if (!p.q.empty()) {
    where += " AND " + http::search_clause({"b.title", "p.name", "c.barcode"}, p.q, params);
  }
  std::string t = today(ctx);
  auto page = http::query_page(ctx.db, kLoanColumns, where, params, p, "l.id",
                               [&](const db::Row& r) { return loan_json(r, t); });
  *total = page.total;
  return page.items;
}

http::ListParams loan_params(Context& ctx, std::int64_t max) {
  return http::parse_list(ctx,
                          {{"borrowedOn", "l.borrowed_on"},
                           {"dueOn", "l.due_on"},
                           {"title", "b.title" + std::string(ctx.db.pinyin_collation())},
                           {"borrower", "p.name_key"}},
                          "dueOn", max);
}

Response list_loans(Context& ctx) {
  auto p = loan_params(ctx, 100);
  std::int64_t total = 0;
  Json items = loans_page(ctx, p, &total);
  Json out = http::page_json(items, total, p);
  out["loanDays"] = loan_days(ctx);
  return Response::json(out);
}

Response export_loans(Context& ctx) {
  auto p = loan_params(ctx, 10000);
  p.page_size = 10000;
  std::int64_t total = 0;
  Json items = loans_page(ctx, p, &total);
  for (auto& l : items) {
    if (l["returnedOn"].is_null()) l["returnedOn"] = "";
  }
  bool en = english(ctx);
  std::vector<excel::Column> cols = {{en ? "Title" : "书名", "title", 36},
                                     {en ? "Copy" : "条码", "barcode", 12},
                                     {en ? "Borrower" : "借阅人", "borrower", 12},
                                     {en ? "Borrowed" : "借出日期", "borrowedOn", 12},
                                     {en ? "Due" : "应还日期", "dueOn", 12},
                                     {en ? "Returned" : "归还日期", "returnedOn", 12},
                                     {en ? "Days overdue" : "逾期天数", "overdueDays", 10}};
  return http::audited_xlsx(ctx, "library.loans_export", "library_loan",
                            en ? "reading-room-loans" : "职工书屋借阅", cols, items);
}

Json loan_detail(Context& ctx, std::int64_t id) {
  auto r =
      ctx.db.query_one(std::string("SELECT ") + kLoanColumns + kLoanFrom + " WHERE l.id = ?", {id});
  if (!r) throw not_found("library.loan_not_found");
  return loan_json(*r, today(ctx));
}

Response lend(Context& ctx) {
  auto copy = ctx.body["copyId"].get<std::int64_t>();
  auto person = ctx.body["personId"].get<std::int64_t>();
  std::string borrowed = text_or_empty(ctx.body, "borrowedOn");
  if (borrowed.empty()) borrowed = today(ctx);
  std::vector<std::pair<std::string, std::string>> errors;
  if (!is_date(borrowed)) {
    errors.emplace_back("borrowedOn", "union.date_format");
  } else if (borrowed > today(ctx)) {
    errors.emplace_back("borrowedOn", "union.date_future");
  }
  if (!person_name(ctx.db, person)) errors.emplace_back("personId", "union.person_unknown");
  throw_fields(errors);
  db::Transaction tx(ctx.db);
  auto c = ctx.db.query_one(
      "SELECT c.status, c.barcode, b.title FROM library_copies c JOIN library_books b ON b.id = "
      "c.book_id WHERE c.id = ?",
      {copy});
  if (!c) throw not_found("library.copy_not_found");
  if (c->str("status") != "shelf") {
    throw conflict("library.copy_withdrawn", {{"barcode", c->str("barcode")}});
  }
  if (auto out = ctx.db.query_one(
          "SELECT p.name, l.due_on FROM library_loans l JOIN people p ON p.id = l.person_id "
          "WHERE l.copy_id = ? AND l.returned_on IS NULL",
          {copy})) {
    throw conflict("library.copy_out", {{"title", c->str("title")},
                                        {"barcode", c->str("barcode")},
                                        {"name", out->str("name")},
                                        {"due", out->str("due_on")}});
  }
  std::string due = add_days(borrowed, loan_days(ctx));
  auto id = ctx.db
                .query(
                    "INSERT INTO library_loans (copy_id, person_id, borrowed_on, due_on, "
                    "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                    {copy, person, borrowed, due, ctx.me().user_id, ctx.now})
                .at(0)
                .i64("id");
  Json after = loan_detail(ctx, id);
  ctx.audit("library.lend", "library_loan", std::to_string(id), nullptr, after);
  tx.commit();
  return Response::json(after, 201);
}

Response give_back(Context& ctx) {
  db::Transaction tx(ctx.db);
  Json before = loan_detail(ctx, ctx.id());
  std::string returned = text_or_empty(ctx.body, "returnedOn");
  if (returned.empty()) returned = today(ctx);
  if (!before["returnedOn"].is_null()) {
    throw conflict("library.already_returned", {{"date", before["returnedOn"].get<std::string>()}});
  }
  std::vector<std::pair<std::string, std::string>> errors;
  if (!is_date(returned)) {
    errors.emplace_back("returnedOn", "union.date_format");
  } else if (returned > today(ctx)) {
    errors.emplace_back("returnedOn", "union.date_future");
  } else if (returned < before["borrowedOn"].get<std::string>()) {
    errors.emplace_back("returnedOn", "library.returned_before_borrowed");
  }
  throw_fields(errors);
  ctx.db.exec("UPDATE library_loans SET returned_on = ? WHERE id = ?", {returned, ctx.id()});
  Json after = loan_detail(ctx, ctx.id());
  after["overdueDaysAtReturn"] =
      overdue_days(before["dueOn"].get<std::string>(), std::nullopt, returned);
  ctx.audit("library.return", "library_loan", std::to_string(ctx.id()), before, after);
  tx.commit();
  return Response::json(after);
}

http::BodySchema book_body() {
  return http::body({http::str("isbn").req().len(1, 20).doc("ISBN-10 or ISBN-13, hyphens allowed"),
                     http::str("title").req().len(1, 200), http::str("author").len(0, 100),
                     http::str("publisher").len(0, 100),
                     http::integer("publishedYear").null_ok().range(0, 10000)});
}

}  // namespace

std::vector<Route> library_routes() {
  using http::Method;
  const std::string tag = "union";
  std::vector<http::QueryParam> book_filters = {
      {"q", "string", "title, author, ISBN or publisher"}};
  std::vector<http::QueryParam> loan_filters = {{"state", "string", "open | overdue | returned"},
                                                {"personId", "integer", "a borrower"},
                                                {"q", "string", "title, borrower or copy barcode"}};
  auto create_body = book_body();
  create_body.fields.push_back(http::integer("copies").range(0, 50).doc("copies to add (1)"));
  return {
      {.method = Method::get,
       .path = "/api/library/books",
       .permission = "library.read",
       .summary = "The reading room's books with copies on shelf and out (page, sort: title | "
                  "author | isbn | createdAt)",
       .tag = tag,
       .query = http::list_query(book_filters),
       .handler = list_books},
      {.method = Method::get,
       .path = "/api/library/books/export",
       .permission = "library.read",
       .summary = "Export the books to .xlsx (the list's filters)",
       .tag = tag,
       .query = book_filters,
       .handler = export_books},
      {.method = Method::get,
       .path = "/api/library/books/{id}",
       .permission = "library.read",
       .summary = "A book with its copies and who has each one out",
       .tag = tag,
       .handler = get_book},
      {.method = Method::post,
       .path = "/api/library/books",
       .permission = "library.manage",
       .summary = "Catalogue a book (ISBN checksum checked) with its copies",
       .tag = tag,
       .body = create_body,
       .handler = create_book},
      {.method = Method::put,
       .path = "/api/library/books/{id}",
       .permission = "library.manage",
       .summary = "Change a book's catalogue entry",
       .tag = tag,
       .body = book_body(),
       .handler = update_book},
      {.method = Method::post,
       .path = "/api/library/books/{id}/copies",
       .permission = "library.manage",
       .summary = "Add copies of a book",
       .tag = tag,
       .body = http::body({http::integer("count").req().range(1, 50)}),
       .handler = post_copies},
      {.method = Method::get,
       .path = "/api/library/loans",
       .permission = "library.read",
       .summary = "Loans; state=overdue is the overdue list (page, sort: dueOn | borrowedOn | "
                  "title | borrower)",
       .tag = tag,
       .query = http::list_query(loan_filters),
       .handler = list_loans},
      {.method = Method::get,
       .path = "/api/library/loans/export",
       .permission = "library.read",
       .summary = "Export the loans to .xlsx (the list's filters)",
       .tag = tag,
       .query = loan_filters,
       .handler = export_loans},
      {.method = Method::post,
       .path = "/api/library/loans",
       .permission = "library.manage",
       .summary = "Lend a copy (due after the loan period setting); 409 when it is already out",
       .tag = tag,
       .body = http::body({http::integer("copyId").req().range(1, 1'000'000'000'000),
                           http::integer("personId").req().range(1, 1'000'000'000'000),
                           http::str("borrowedOn").null_ok().len(0, 10).doc("YYYY-MM-DD, today")}),
       .handler = lend},
      {.method = Method::post,
       .path = "/api/library/loans/{id}/return",
       .permission = "library.manage",
       .summary = "Record a return; 409 when already returned",
       .tag = tag,
       .body = http::body({http::str("returnedOn").null_ok().len(0, 10).doc("YYYY-MM-DD, today")}),
       .handler = give_back},
  };
}

}  // namespace md::trade_union
