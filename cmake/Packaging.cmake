# The Debian package (CPack DEB): `bash scripts/package.sh OUT_DIR` leaves
# OUT_DIR/mingdeng_<version>_<arch>.deb. Contents:
#   /usr/bin/mingdeng                        the server (stripped)
#   /usr/share/mingdeng/web/                 the built web app (web/dist with its .gz copies)
#   /lib/systemd/system/mingdeng.service     runs as user mingdeng in /var/lib/mingdeng
#   /etc/mingdeng/mingdeng.conf              conffile (--config, CLI11 format)
#   /etc/logrotate.d/mingdeng                conffile (the nginx site's logs)
#   /usr/share/doc/mingdeng/examples/nginx-mingdeng.conf   TLS + HTTP/2 site, not enabled
# The maintainer scripts (packaging/debian/) create the user, /var/lib/mingdeng (0750) and
# /var/log/mingdeng; the server creates its key file on first start. Dependencies are
# computed by dpkg-shlibdeps (package dpkg-dev) from the binary's libraries.
# Packaging must not rebuild everything (unit tests, benchmarks) first — with Makefile
# generators cpack would build `preinstall` = all: scripts/package.sh builds, then packages.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
set(MD_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)
set(MD_WEB_DIST ${PROJECT_SOURCE_DIR}/web/dist CACHE PATH "the built web app to package")

install(TARGETS mingdeng RUNTIME DESTINATION bin)
# The web app is built by npm (scripts/build.sh), not by CMake: refuse to package without it
# rather than ship a server that answers 404 for every page.
install(CODE "
  if(NOT EXISTS \"${MD_WEB_DIST}/index.html\")
    message(FATAL_ERROR \"${MD_WEB_DIST}/index.html is missing: build the web app first (scripts/build.sh)\")
  endif()")
install(DIRECTORY ${MD_WEB_DIST}/ DESTINATION share/mingdeng/web)
install(FILES ${MD_PACKAGING_DIR}/mingdeng.service DESTINATION /lib/systemd/system)
install(FILES ${MD_PACKAGING_DIR}/mingdeng.conf DESTINATION /etc/mingdeng)
install(FILES ${MD_PACKAGING_DIR}/mingdeng.logrotate DESTINATION /etc/logrotate.d
        RENAME mingdeng)
install(FILES ${MD_PACKAGING_DIR}/nginx/mingdeng.conf DESTINATION share/doc/mingdeng/examples
        RENAME nginx-mingdeng.conf)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/docs/OPERATIONS.md
        DESTINATION share/doc/mingdeng OPTIONAL)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME mingdeng)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Mingdeng maintainers <mingdeng@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Mingdeng 明灯 party-building and deputy work platform")
# The synopsis is the summary above; CPack indents these lines under it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "One server (SQLite or PostgreSQL) with its web app: party organisations, deputies,
verifiable votes, opinions, rectification and the public portal. Runs as the
systemd service mingdeng; put nginx with TLS in front (example in
/usr/share/doc/mingdeng/examples).")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION web)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Added to what dpkg-shlibdeps finds: the maintainer scripts' tools.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "adduser, init-system-helpers (>= 1.52)")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "logrotate")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "nginx, postgresql, sqlite3")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${MD_PACKAGING_DIR}/debian/postinst ${MD_PACKAGING_DIR}/debian/prerm
    ${MD_PACKAGING_DIR}/debian/postrm ${MD_PACKAGING_DIR}/debian/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
