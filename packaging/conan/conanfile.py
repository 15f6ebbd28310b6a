import os
import re

from conan import ConanFile
from conan.errors import ConanInvalidConfiguration
from conan.tools.build import check_min_cppstd
from conan.tools.cmake import CMake, CMakeDeps, CMakeToolchain, cmake_layout
from conan.tools.files import copy, load, rmdir

required_conan_version = ">=2.0.9"


class NewslibConan(ConanFile):
    name = "newslib"
    description = ("News text in C++: a document model with exact byte offsets, "
                   "extractive summaries, keywords and ROUGE")
    license = "MIT"
    topics = ("nlp", "news", "summarization", "keywords", "rouge", "unicode")
    package_type = "library"
    settings = "os", "arch", "compiler", "build_type"
    options = {
        "shared": [True, False],
        "fPIC": [True, False],
    }
    default_options = {
        "shared": False,
        "fPIC": True,
        # Boost.Locale converts legacy charsets (newslib's decoding tables)
        # through ICU on every platform only with its ICU backend, which
        # ConanCenter's boost leaves off.
        "boost/*:i18n_backend_icu": True,
        "boost/*:without_locale": False,
    }
    implements = ["auto_shared_fpic"]

    # The recipe lives in the newslib repository: the sources are the
    # checkout it sits in, two folders up.
    @property
    def _repository_root(self):
        return os.path.join(self.recipe_folder, "..", "..")

    def set_version(self):
        header = load(self, os.path.join(self._repository_root, "include", "newslib", "version.hpp"))
        self.version = re.search(r'#define NEWSLIB_VERSION_STRING "([^"]+)"', header).group(1)

    def export_sources(self):
        root = self._repository_root
        for pattern in ("CMakeLists.txt", "LICENSE", "cmake/*", "include/*", "src/*", "data/*"):
            copy(self, pattern, src=root, dst=self.export_sources_folder)

    def layout(self):
        cmake_layout(self, src_folder=".")

    def requirements(self):
        # Boost, ICU, libstemmer and uchardet stay out of newslib's public headers.
        self.requires("boost/[>=1.74.0 <2]")
        self.requires("icu/[>=60]")
        self.requires("libstemmer/[>=2.0]")
        # The HTML parser behind from_html; private like the others.
        self.requires("lexbor/[>=2.3]")
        # Charset detection for decode(..., "auto").
        self.requires("uchardet/[>=0.0.7]")
        # Header-only, used inside the library for the LSA summariser's SVD.
        self.requires("eigen/[>=3.3 <4]")
        # Header-only, used inside the library to read pages' JSON-LD.
        self.requires("nlohmann_json/[>=3.9 <4]")

    def validate(self):
        check_min_cppstd(self, 17)
        if "boost" not in self.dependencies:
            # A Boost from [platform_requires] is not in the graph and is taken
            # as it is; decoding a charset its converter lacks throws
            # backend_unavailable.
            return
        boost = self.dependencies["boost"]
        if boost.options.get_safe("without_locale"):
            raise ConanInvalidConfiguration(f"{self.ref} needs Boost.Locale (boost/*:without_locale=False)")
        if not boost.options.get_safe("i18n_backend_icu"):
            raise ConanInvalidConfiguration(
                f"{self.ref} needs Boost.Locale with its ICU backend (boost/*:i18n_backend_icu=True)")

    def generate(self):
        tc = CMakeToolchain(self)
        tc.cache_variables["NEWSLIB_BUILD_TESTS"] = False
        tc.cache_variables["NEWSLIB_BUILD_BENCHMARKS"] = False
        tc.cache_variables["NEWSLIB_BUILD_PYTHON"] = False
        tc.cache_variables["NEWSLIB_BUILD_CLI"] = False
        tc.cache_variables["NEWSLIB_INSTALL"] = True
        tc.cache_variables["NEWSLIB_WARNINGS_AS_ERRORS"] = False
        tc.generate()
        deps = CMakeDeps(self)
        deps.generate()

    def build(self):
        cmake = CMake(self)
        cmake.configure()
        cmake.build()

    def package(self):
        copy(self, "LICENSE", src=self.source_folder, dst=os.path.join(self.package_folder, "licenses"))
        cmake = CMake(self)
        cmake.install()
        rmdir(self, os.path.join(self.package_folder, "lib", "cmake"))

    def package_info(self):
        self.cpp_info.set_property("cmake_file_name", "newslib")
        self.cpp_info.set_property("cmake_target_name", "newslib::newslib")
        self.cpp_info.libs = ["newslib"]
        # newslib/export.hpp: NEWSLIB_API is empty for a static library.
        if not self.options.shared:
            self.cpp_info.defines.append("NEWSLIB_STATIC_DEFINE")
        # Each dependency: its components when it comes from Conan, else the
        # system libraries it stands for (a [platform_requires] entry carries no
        # link information, and a static newslib needs them at link time).
        dependencies = {
            "boost": (["boost::locale"], ["boost_locale"]),
            "icu": (["icu::icu-uc", "icu::icu-data"], ["icuuc", "icudata"]),
            "libstemmer": (["libstemmer::libstemmer"], ["stemmer"]),
            "lexbor": (["lexbor::lexbor"], ["lexbor"]),
            "uchardet": (["uchardet::uchardet"], ["uchardet"]),
            "eigen": (["eigen::eigen"], []),
            "nlohmann_json": (["nlohmann_json::nlohmann_json"], []),
        }
        for name, (components, system_libs) in dependencies.items():
            if name in self.dependencies:
                self.cpp_info.requires.extend(components)
            else:
                self.cpp_info.system_libs.extend(system_libs)
        if self.settings.os in ("Linux", "FreeBSD"):
            self.cpp_info.system_libs.extend(["m", "pthread"])
