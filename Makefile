# gcc-escape: build the plugin, run the tests, the demo and the benchmark.
#
#   make            build plugin/escape.so
#   make check      install what is missing, build, run every test
#   make demo       install what is missing, build, compile examples/ with it
#   make bench      compile real code with and without the plugin, compare
#   make install    copy escape.so into $(gcc -print-file-name=plugin)
#   make deps       install the build and test dependencies (apt-get, root)
#
# CC is the compiler the plugin is built for and loaded into.

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
# One build tree per GCC major version: a plugin only loads into the GCC it
# was built for.  plugin/escape.so is a copy of the last one built.
BUILD    := build/gcc-$(GCC_MAJOR)
BUILT    := $(BUILD)/escape.so
PLUGIN   := plugin/escape.so

WARN     := -Wall -Wextra
CFLAGS   ?= -O2 -g
CXXFLAGS ?= -O2 -g
CORE_CFLAGS := -std=c11 $(WARN) -fPIC -fvisibility=hidden -Iinclude $(CFLAGS)
GLUE_CXXFLAGS := -std=gnu++14 $(WARN) -fPIC -fno-rtti -fno-exceptions \
	-Iinclude -Iplugin/core -I$(GCC_PLUGIN_DIR)/include $(CXXFLAGS)

CORE_SRCS := $(sort $(wildcard plugin/core/*.c))
GLUE_SRCS := $(sort $(wildcard plugin/gcc/*.cc))
CORE_OBJS := $(CORE_SRCS:%.c=$(BUILD)/%.o)
GLUE_OBJS := $(GLUE_SRCS:%.cc=$(BUILD)/%.o)
HEADERS   := $(wildcard include/escape/*.h plugin/core/*.h plugin/gcc/*.h)

.PHONY: all check demo bench install deps clean

all: $(BUILT)
	@cmp -s $(BUILT) $(PLUGIN) || cp $(BUILT) $(PLUGIN)

$(BUILT): $(CORE_OBJS) $(GLUE_OBJS)
	$(CXX) -shared -o $@ $^

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
DEPS_PKGS = gcc-$(GCC_MAJOR)-plugin-dev g++-$(GCC_MAJOR) dejagnu libxml2-dev libxml2-utils

deps:
	@missing=""; for p in $(DEPS_PKGS); do \
	  dpkg-query -W -f='$${Status}' "$$p" 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "deps: installing$$missing"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get update -qq && apt-get install -y -qq --no-install-recommends $$missing >/dev/null || \
	    { echo "error: apt-get could not install$$missing" >&2; exit 1; }; \
	else \
	  echo "error: missing packages:$$missing" >&2; \
	  echo "       install them with: sudo apt-get install$$missing" >&2; \
	  exit 1; \
	fi

check: deps
	$(MAKE) all
	CC="$(CC)" sh testsuite/run.sh "$(abspath $(BUILT))" "$(abspath $(BUILD))"

demo: deps
	$(MAKE) all
	$(MAKE) -C examples PLUGIN="$(abspath $(BUILT))" CC="$(CC)"

bench: deps
	$(MAKE) all
	CC="$(CC)" sh bench/run.sh "$(abspath $(BUILT))"

install: all
	install -d "$(DESTDIR)$(GCC_PLUGIN_DIR)"
	install -m 0644 $(BUILT) "$(DESTDIR)$(GCC_PLUGIN_DIR)/escape.so"

clean:
	rm -rf build $(PLUGIN)
	-$(MAKE) -C examples clean PLUGIN=none 2>/dev/null
