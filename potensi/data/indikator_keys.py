"""Names of the indikator rows the analysis methods read, as the templates ask for them.

An official loads PDRB, production or facility counts as ordinary ``indikator``
rows; their keys follow these conventions (``pdrb_adhk_a``, ``nilai_produksi_padi``,
``fasilitas_puskesmas``, ``pdrb_per_kapita``). The templates, the example-data
scripts and the Analisis methods all read them from here.
"""

from __future__ import annotations

#: PDRB at constant prices (ADHK) of one of the 17 categories: ``pdrb_adhk_<sector key, lower case>``
PDRB_PREFIX = "pdrb_adhk_"
#: PDRB at current prices (ADHB) of one category, read from BPS tables beside the ADHK series;
#: no method reads it yet (shares at current prices are kept for the record)
PDRB_ADHB_PREFIX = "pdrb_adhb_"
#: keys of the 17 PDRB categories (KBLI 2020 based, 2010 = 100 series), in their order; their names
#: in either language are catalogue entries ``sektor_<key>``
SECTORS: tuple[str, ...] = (
    "A",
    "B",
    "C",
    "D",
    "E",
    "F",
    "G",
    "H",
    "I",
    "J",
    "K",
    "L",
    "MN",
    "O",
    "P",
    "Q",
    "RSTU",
)
#: production value of a commodity per kecamatan: ``nilai_produksi_<komoditas>``
COMMODITY_PREFIX = "nilai_produksi_"
#: production volume of a commodity per kecamatan (tonnes, from BPS production tables):
#: ``produksi_<komoditas>``; the commodity method can run on volumes instead of values
PRODUCTION_PREFIX = "produksi_"
#: number of one kind of facility per kecamatan (Podes): ``fasilitas_<jenis>``
FACILITY_PREFIX = "fasilitas_"
#: income per head per kecamatan, the y-axis of the regional Klassen typology
INCOME_KEY = "pdrb_per_kapita"
#: a figure another source gives for an area, key and year the store already has from
#: the source the map uses (``penduduk_sumber_lain`` beside ``penduduk``): kept so both
#: stay visible on the Data page, never coloured on the map nor ranked
ALTERNATIVE_SUFFIX = "_sumber_lain"
