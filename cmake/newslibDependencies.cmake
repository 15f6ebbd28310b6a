# Finds what the library itself needs. Test, benchmark, CLI and Python
# dependencies are found in their own folders, only when those are built.
find_package(Boost 1.74 CONFIG REQUIRED COMPONENTS locale)
find_package(ICU 60 REQUIRED COMPONENTS uc i18n data)
find_package(libstemmer REQUIRED)
# Eigen (header-only) does the SVD of the LSA summariser; used only in src/.
find_package(Eigen3 3.3 CONFIG REQUIRED)
