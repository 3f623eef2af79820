"""The news agencies and credited sources that ingest's furniture patterns name: one list for
the dateline's tag ("WASHINGTON (Reuters) -"), the editors' sign-off ("ab/cd (AFP, dpa)"), the
photo credit ("[Jo Roe/AFP]") and the section dateline ("Tokyo (CNN) --")."""

from __future__ import annotations

import re

#: Agencies whose tag stands in a dateline, as they print it -> the agency's usual name (the
#: article's publisher). Also the wire agencies coreference counts as news outlets.
DATELINE_AGENCIES = {
    "Reuters": "Reuters",
    "Thomson Reuters Foundation": "Thomson Reuters Foundation",
    "AP": "Associated Press",
    "Associated Press": "Associated Press",
    "AFP": "AFP",
    "Xinhua": "Xinhua",
    "TASS": "TASS",
    "ITAR-TASS": "TASS",
    "UPI": "UPI",
    "Bloomberg": "Bloomberg",
    "dpa": "dpa",
    "ANSA": "ANSA",
    "Kyodo": "Kyodo",
    "Yonhap": "Yonhap",
    "EFE": "EFE",
    "Interfax": "Interfax",
    "RIA Novosti": "RIA Novosti",
    "PTI": "PTI",
    "IANS": "IANS",
    "CNA": "CNA",
    "WAFA": "WAFA",
    "IRNA": "IRNA",
    "Anadolu": "Anadolu",
    "CNN": "CNN",
    # Thomson Reuters' loan and capital-markets services, alone or together: "NEW YORK (LPC/IFR) -"
    "IFR": "IFR",
    "LPC": "LPC",
    "LPC/IFR": "LPC/IFR",
    "Reuters/IFR": "Reuters/IFR",
}
#: Sources named only in sign-offs and credits, never read from a dateline: photo agencies and
#: publishers, and agencies whose short name is also another body's ("EPA", "AAP").
CREDITED_ONLY = (
    "KNA", "epd", "Lusa", "SID", "AAP", "EPA", "Getty Images", "Getty", "Al Jazeera", "China Daily"
)
#: A regular expression's alternatives for every source above, longest first ("Getty Images"
#: before "Getty").
SOURCES = "|".join(
    sorted((re.escape(s) for s in (*DATELINE_AGENCIES, *CREDITED_ONLY)), key=len, reverse=True)
)
