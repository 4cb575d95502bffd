# gcc-escape: build the plugin, run the tests, the demo and the benchmark.
#
#   make            build plugin/escape.so and reports/escape-report
#   make check      install what is missing, build, run every test; without
#                   CC, for every GCC installed with its plugin headers
#                   (check-all), with CC=gcc-N for that compiler only
#   make check-all  make check with gcc-N/g++-N for each such GCC, then CC
#   make robust     compile GCC's torture tests, csmith programs and the
#                   bench code bases with the plugin; fail on any crash
#   make demo       install what is missing, build, compile examples/ with it
#   make bench      compile real code with and without the plugin, compare
#   make install    copy escape.so into PLUGINDIR ($(gcc -print-file-name=plugin)),
#                   escape-report, its schema, <escape/escape.h> and the docs
#                   under PREFIX (/usr/local); `make uninstall' removes them
#   make deb        a Debian package of the same files (build/gcc-N/*.deb)
#   make deps       install the build and test dependencies (apt-get, root)
#
# CC is the compiler the plugin is built for and loaded into.

# Whether CC was given (command line or environment): `make check' then
# tests that compiler only.
CC_ORIGIN := $(origin CC)
CC       ?= gcc
CXX      ?= g++
ifeq ($(origin CC),default)
CC       := gcc
endif
ifeq ($(origin CXX),default)
CXX      := g++
endif

GCC_PLUGIN_DIR := $(shell $(CC) -print-file-name=plugin 2>/dev/null)
GCC_MAJOR := $(shell $(CC) -dumpversion 2>/dev/null | cut -d. -f1)
ifeq ($(GCC_MAJOR),)
# Not installed yet: `make deps CC=gcc-11' takes the major from the name.
GCC_MAJOR := $(patsubst gcc-%,%,$(filter gcc-%,$(notdir $(CC))))
endif
# One build tree per GCC major version: a plugin only loads into the GCC it
# was built for.  plugin/escape.so is a copy of the last one built.
BUILD    := build/gcc-$(GCC_MAJOR)
BUILT    := $(BUILD)/escape.so
PLUGIN   := plugin/escape.so

WARN     := -Wall -Wextra
CFLAGS   ?= -O2 -g
CXXFLAGS ?= -O2 -g
# libxml2 writes and reads the XML reports (lib/report/, reports/).
XML_CFLAGS := $(shell xml2-config --cflags 2>/dev/null)
XML_LIBS   := $(shell xml2-config --libs 2>/dev/null || echo -lxml2)
CORE_CFLAGS := -std=c11 $(WARN) -fPIC -fvisibility=hidden -Iinclude $(XML_CFLAGS) $(CFLAGS)
GLUE_CXXFLAGS := -std=gnu++14 $(WARN) -fPIC -fno-rtti -fno-exceptions \
	-Iinclude -Iplugin/core -I$(GCC_PLUGIN_DIR)/include $(CXXFLAGS)

CORE_SRCS := $(sort $(wildcard plugin/core/*.c))
GLUE_SRCS := $(sort $(wildcard plugin/gcc/*.cc))
CORE_OBJS := $(CORE_SRCS:%.c=$(BUILD)/%.o)
GLUE_OBJS := $(GLUE_SRCS:%.cc=$(BUILD)/%.o)
HEADERS   := $(wildcard include/escape/*.h plugin/core/*.h plugin/gcc/*.h)
# The libraries below both programs (docs/internals.md): lib/util (memory,
# arenas, hash sets, rule names; escape/util.h) and lib/report (the report
# model, its reader, writer and fingerprints; escape/report_model.h), each
# a static archive linked into escape.so and escape-report.
UTIL_SRCS := $(sort $(wildcard lib/util/*.c))
UTIL_OBJS := $(UTIL_SRCS:%.c=$(BUILD)/%.o)
UTIL_LIB  := $(BUILD)/lib/libescape-util.a
RLIB_SRCS := $(sort $(wildcard lib/report/*.c))
RLIB_OBJS := $(RLIB_SRCS:%.c=$(BUILD)/%.o)
RLIB      := $(BUILD)/lib/libescape-report.a
AR       ?= ar
# escape-report: the report tool, C11 over libxml2 and the report library;
# it finds reports/escape.rng as docs/reports.md says.
REPORT_TOOL := reports/escape-report
PREFIX   ?= /usr/local
# Where `make install' puts escape.so: GCC's own plugin directory, so that
# -fplugin=escape finds it; without root, a directory of your own
# (`make install PREFIX=$HOME/.local PLUGINDIR=$HOME/.local/lib/gcc-escape',
# then -fplugin=$HOME/.local/lib/gcc-escape/escape.so).
PLUGINDIR ?= $(GCC_PLUGIN_DIR)
DOCDIR   ?= $(PREFIX)/share/doc/gcc-escape
# The version, as glue.h says it (the plugin's and the tool's).
VERSION  := $(shell sed -n 's/^\#define ESCAPE_VERSION "\(.*\)"/\1/p' plugin/gcc/glue.h)
TOOL_SRCS := $(sort $(wildcard reports/*.c))
TOOL_OBJS := $(TOOL_SRCS:%.c=$(BUILD)/%.o)

.PHONY: all check check-one check-all deps-all robust demo bench bench-deps install uninstall deb deps clean

all: $(BUILT) $(REPORT_TOOL)
	@cmp -s $(BUILT) $(PLUGIN) || cp $(BUILT) $(PLUGIN)
	@cmp -s $(BUILD)/$(REPORT_TOOL) $(REPORT_TOOL) || cp $(BUILD)/$(REPORT_TOOL) $(REPORT_TOOL)

$(BUILT): $(CORE_OBJS) $(GLUE_OBJS) $(RLIB) $(UTIL_LIB)
	$(CXX) -shared -o $@ $(CORE_OBJS) $(GLUE_OBJS) $(RLIB) $(UTIL_LIB) $(XML_LIBS)

$(REPORT_TOOL): $(BUILD)/$(REPORT_TOOL)

# The tool links the two libraries, not the analysis core.
$(BUILD)/$(REPORT_TOOL): $(TOOL_OBJS) $(RLIB) $(UTIL_LIB)
	$(CC) -o $@ $^ $(XML_LIBS)

$(UTIL_LIB): $(UTIL_OBJS)
	@mkdir -p $(@D)
	rm -f $@ && $(AR) rcs $@ $^

$(RLIB): $(RLIB_OBJS)
	@mkdir -p $(@D)
	rm -f $@ && $(AR) rcs $@ $^

# No -Iplugin/core: the tool sees the public headers only.
$(BUILD)/reports/%.o: reports/%.c $(HEADERS) $(wildcard reports/*.h)
	@mkdir -p $(@D)
	$(CC) $(CORE_CFLAGS) \
	  -DESCAPE_SCHEMA_DIR='"$(abspath reports)"' -c -o $@ $<

$(BUILD)/lib/%.o: lib/%.c $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(CORE_CFLAGS) -c -o $@ $<

$(BUILD)/plugin/core/%.o: plugin/core/%.c $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(CORE_CFLAGS) -c -o $@ $<

$(BUILD)/plugin/gcc/%.o: plugin/gcc/%.cc $(HEADERS) | $(BUILD)/.plugin-headers
	@mkdir -p $(@D)
	$(CXX) $(GLUE_CXXFLAGS) -c -o $@ $<

# Fail early, with the package to install, when GCC's plugin headers are absent.
$(BUILD)/.plugin-headers:
	@if [ ! -f "$(GCC_PLUGIN_DIR)/include/gcc-plugin.h" ]; then \
	  echo "error: GCC plugin headers not found in $(GCC_PLUGIN_DIR)/include;" \
	       "run 'make deps' (as root) or install gcc-$$($(CC) -dumpversion | cut -d. -f1)-plugin-dev" >&2; \
	  exit 1; fi
	@mkdir -p $(@D) && touch $@

# The Debian packages the build and the tests need, for the GCC in use.
DEPS_PKGS = gcc-$(GCC_MAJOR)-plugin-dev g++-$(GCC_MAJOR) dejagnu libxml2-dev libxml2-utils cppcheck

# The end of a recipe that has put the missing Debian packages in the
# shell variable `missing': install them as root (with apt-get), or say
# how.  $(1) is the target's name for the message.
apt_install = if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "$(1): installing$$missing"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get update -qq && apt-get install -y -qq --no-install-recommends $$missing >/dev/null || \
	    { echo "error: apt-get could not install$$missing" >&2; exit 1; }; \
	else \
	  echo "error: missing packages:$$missing" >&2; \
	  echo "       install them with: sudo apt-get install$$missing" >&2; \
	  exit 1; \
	fi

deps:
	@missing=""; for p in $(DEPS_PKGS); do \
	  dpkg-query -W -f='$${Status}' "$$p" 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	$(call apt_install,deps)

# What bench/run.sh needs to fetch, configure and measure its code bases,
# as COMMAND:PACKAGE (a command already on PATH, e.g. npm from a nodejs
# build of its own, is not installed again).
BENCH_TOOLS = npm:npm xz:xz-utils make:make dpkg-deb:dpkg sha256sum:coreutils \
	/usr/bin/time:time

bench-deps: deps
	@missing=""; for t in $(BENCH_TOOLS); do \
	  command -v "$${t%%:*}" >/dev/null 2>&1 || missing="$$missing $${t#*:}"; \
	done; \
	$(call apt_install,bench-deps)

ifeq ($(CC_ORIGIN),default)
check: check-all
else
check: check-one
endif

check-one: deps
	$(MAKE) all
	CC="$(CC)" sh testsuite/run.sh "$(abspath $(BUILT))" "$(abspath $(BUILD))"

# The GCC majors check-all installs when missing (as root; skipped with a
# note otherwise).  It then tests every gcc-N on PATH that has g++-N and
# plugin headers, and CC last, so that plugin/escape.so is CC's plugin.
CHECK_GCC_MAJORS ?= 12 11

deps-all: deps
	@for m in $(CHECK_GCC_MAJORS); do \
	  $(MAKE) --no-print-directory deps CC=gcc-$$m CXX=g++-$$m 2>/dev/null || \
	    echo "check-all: note: GCC $$m and its plugin headers are not installed" \
	         "(make deps CC=gcc-$$m CXX=g++-$$m); not tested"; \
	done

check-all: deps-all
	@others=$$(for v in $$(seq 30 -1 11); do \
	  [ "$$v" != "$(GCC_MAJOR)" ] && command -v g++-$$v >/dev/null 2>&1 && \
	  [ -f "$$(gcc-$$v -print-file-name=plugin 2>/dev/null)/include/gcc-plugin.h" ] && \
	  echo "gcc-$$v:g++-$$v"; done); \
	passed=0; failed=0; summary=""; \
	for pair in $$others "$(CC):$(CXX)"; do \
	  cc=$${pair%%:*}; cxx=$${pair#*:}; \
	  log=build/gcc-$$($$cc -dumpversion | cut -d. -f1)/check.log; mkdir -p $$(dirname $$log); \
	  echo "=== check-all: make check CC=$$cc CXX=$$cxx"; \
	  $(MAKE) --no-print-directory check CC="$$cc" CXX="$$cxx" 2>&1 | tee $$log; \
	  counts=$$(sed -n 's/^\([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed$$/\1 \2/p' $$log | tail -n 1); \
	  [ -n "$$counts" ] || counts="0 1"; \
	  passed=$$((passed + $${counts% *})); failed=$$((failed + $${counts#* })); \
	  summary="$$summary$$cc: $${counts% *} passed, $${counts#* } failed (log: $$log)\n"; \
	done; \
	printf '\n=== check-all\n%b' "$$summary"; \
	echo "$$passed passed, $$failed failed"; \
	[ "$$failed" -eq 0 ]

# Not part of check: it takes about 25 minutes and fetches GCC's sources,
# csmith and the bench code bases.  See docs/robustness.md.
robust: bench-deps
	$(MAKE) all
	CC="$(CC)" bash robust/run.sh "$(abspath $(BUILT))"

demo: deps
	$(MAKE) all
	$(MAKE) -C examples PLUGIN="$(abspath $(BUILT))" CC="$(CC)"

bench: bench-deps
	$(MAKE) all
	CC="$(CC)" sh bench/run.sh "$(abspath $(BUILT))"

# Every file `make install' writes, as DIR/NAME pairs for uninstall.
INSTALLED = $(PLUGINDIR)/escape.so $(PREFIX)/bin/escape-report \
	    $(PREFIX)/share/gcc-escape/escape.rng \
	    $(PREFIX)/include/escape/escape.h \
	    $(addprefix $(DOCDIR)/,$(notdir $(wildcard docs/*.md)))

# Each directory is checked before anything is copied, so that a failed
# install (a directory that is not writable) installs nothing.
install: all
	@for d in "$(DESTDIR)$(PLUGINDIR)" "$(DESTDIR)$(PREFIX)/bin" \
	          "$(DESTDIR)$(PREFIX)/share/gcc-escape" "$(DESTDIR)$(PREFIX)/include/escape" \
	          "$(DESTDIR)$(DOCDIR)"; do \
	  mkdir -p "$$d" 2>/dev/null; \
	  if [ ! -w "$$d" ]; then \
	    echo "error: cannot install into $$d (not writable); as a user, give PREFIX and PLUGINDIR, e.g. 'make install PREFIX=$$HOME/.local PLUGINDIR=$$HOME/.local/lib/gcc-escape'" >&2; \
	    exit 1; fi; done
	install -m 0644 $(BUILT) "$(DESTDIR)$(PLUGINDIR)/escape.so"
	install -m 0755 $(BUILD)/$(REPORT_TOOL) "$(DESTDIR)$(PREFIX)/bin/escape-report"
	install -m 0644 reports/escape.rng "$(DESTDIR)$(PREFIX)/share/gcc-escape/escape.rng"
	install -m 0644 include/escape/escape.h "$(DESTDIR)$(PREFIX)/include/escape/escape.h"
	install -m 0644 docs/*.md "$(DESTDIR)$(DOCDIR)/"

uninstall:
	rm -f $(addprefix "$(DESTDIR),$(addsuffix ",$(INSTALLED)))
	-rmdir "$(DESTDIR)$(PREFIX)/share/gcc-escape" "$(DESTDIR)$(PREFIX)/include/escape" \
	       "$(DESTDIR)$(DOCDIR)" 2>/dev/null

# A Debian package of the plugin for this GCC (gcc-$(GCC_MAJOR)), the
# tool, the schema, the header and the docs: build/gcc-escape_VERSION_ARCH.deb.
DEB_ARCH := $(shell dpkg --print-architecture 2>/dev/null)
DEB      := $(BUILD)/gcc-escape_$(VERSION)-gcc$(GCC_MAJOR)_$(DEB_ARCH).deb
deb: $(DEB)
$(DEB): all
	rm -rf $(BUILD)/deb
	$(MAKE) --no-print-directory install DESTDIR=$(abspath $(BUILD)/deb) PREFIX=/usr \
	  PLUGINDIR=$(GCC_PLUGIN_DIR)
	mkdir -p $(BUILD)/deb/DEBIAN
	{ echo "Package: gcc-escape"; \
	  echo "Version: $(VERSION)-gcc$(GCC_MAJOR)"; \
	  echo "Architecture: $(DEB_ARCH)"; \
	  echo "Maintainer: The gcc-escape authors <gcc-escape@localhost>"; \
	  echo "Depends: gcc-$(GCC_MAJOR) (>= $$($(CC) -dumpfullversion)), $$(dpkg-query -W -f='$${Package}' 'libxml2' 2>/dev/null || echo libxml2)"; \
	  echo "Section: devel"; \
	  echo "Priority: optional"; \
	  echo "Installed-Size: $$(du -sk $(BUILD)/deb | cut -f1)"; \
	  echo "Description: escape analysis for C as a GCC plugin"; \
	  echo " Warns when the address of an automatic object outlives it (returned,"; \
	  echo " stored, kept by a callee, passed through a function pointer): MISRA C"; \
	  echo " Rule 18.6, CERT DCL30-C. Plugin for gcc-$(GCC_MAJOR), escape-report and the"; \
	  echo " report schema."; } >$(BUILD)/deb/DEBIAN/control
	dpkg-deb --root-owner-group --build $(BUILD)/deb $@

clean:
	rm -rf build $(PLUGIN)
	-$(MAKE) -C examples clean PLUGIN=none 2>/dev/null
