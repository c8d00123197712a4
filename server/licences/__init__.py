"""电子证照库: the licence library the server asks for a window (server/api/licences.py).

library.py  the interface: find(kind, holder_id) → FoundLicence (a Licence and its PDF),
            LibraryAway, LibraryRefused
links.py    open_library(url): sim:// (sim.py, demo_holdings.py, pdf.py) or http(s):// (remote.py)
archive.py  a found licence's PDF kept in the hall's blob store, as the hall's attachment
"""
