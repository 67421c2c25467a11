"""Relations: lists of rivals, owners and partners, venues and who does not sell, founding dates; invented names
(and well-known real ones), en, fr and it."""

from __future__ import annotations

import pytest
from test_relations import article, triples

from luxcli.extract.orgs import extract_orgs
from luxcli.extract.relations import extract_relations
from luxcli.model import Evidence, Person, Role


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a rival noun and the rivals listed after it, past adjectives, a list cue and an owner in apposition
        ("en", "The house Bellorme published results. Bellorme is not alone: its competitors Moncler, owned by "
               "Kering, and Zegna also fell.",
         {("Bellorme", "competes_with", "Moncler"), ("Bellorme", "competes_with", "Ermenegildo Zegna")}),
        ("en", "The house Bellorme published results. Bellorme slipped. The Italian competitor Moncler and the "
               "Swiss Zegna published results too.",
         {("Bellorme", "competes_with", "Moncler"), ("Bellorme", "competes_with", "Ermenegildo Zegna")}),
        ("en", "The house Bellorme published results. Prices at Bellorme stay below those of pricier competitors "
               "such as Moncler and Zegna.",
         {("Bellorme", "competes_with", "Moncler"), ("Bellorme", "competes_with", "Ermenegildo Zegna")}),
        ("fr", "La maison Bellorme a publié ses comptes. Bellorme n'est pas seule : ses concurrents Moncler, "
               "propriété du groupe Kering, la branche mode de Artemis, et Zegna reculent aussi.",
         {("Bellorme", "competes_with", "Moncler"), ("Bellorme", "competes_with", "Ermenegildo Zegna")}),
        ("fr", "La maison Bellorme a publié ses comptes. Bellorme recule. Le concurrent italien Moncler et le "
               "suisse Zegna ont publié des résultats.",
         {("Bellorme", "competes_with", "Moncler"), ("Bellorme", "competes_with", "Ermenegildo Zegna")}),
        ("fr", "La maison Bellorme a publié ses comptes. Bellorme, qui se pose en concurrent direct de Moncler, "
               "mise sur la niche.", {("Bellorme", "competes_with", "Moncler")}),
        ("it", "La maison Bellorme ha pubblicato i conti. Bellorme non è sola: i suoi concorrenti Moncler, "
               "controllata dal gruppo Kering, e Zegna sono in calo.",
         {("Bellorme", "competes_with", "Moncler"), ("Bellorme", "competes_with", "Ermenegildo Zegna")}),
        ("it", "La maison Bellorme ha pubblicato i conti. Bellorme cala. Il concorrente francese Moncler e lo "
               "svizzero Zegna hanno pubblicato i conti.",
         {("Bellorme", "competes_with", "Moncler"), ("Bellorme", "competes_with", "Ermenegildo Zegna")}),
        ("it", "La maison Bellorme ha pubblicato i conti. Il prezzo medio di Bellorme resta inferiore a quello di "
               "concorrenti più cari come Moncler e Zegna.",
         {("Bellorme", "competes_with", "Moncler"), ("Bellorme", "competes_with", "Ermenegildo Zegna")}),
        # an owner's list of brands: "owner of the labels A, B and C", "che possiede anche il calzaturificio A e il
        # marchio di cachemire B"
        ("en", "The group Varsi, which also owns the shoemaker Orme Belli and the house of cashmere Lanificio Dorsa, "
               "closed 2025 higher.",
         {("Orme Belli", "owned_by", "Varsi"), ("Lanificio Dorsa", "owned_by", "Varsi")}),
        ("fr", "Le groupe lyonnais Ferlane, propriétaire des marques Maison Ivelle, Corvette Paris et Lune Bastide, "
               "a publié ses ventes.",
         {("Maison Ivelle", "owned_by", "Ferlane"), ("Corvette Paris", "owned_by", "Ferlane"),
          ("Lune Bastide", "owned_by", "Ferlane")}),
        ("fr", "Le groupe Varsi, qui possède aussi le chausseur Orme Belli et la marque de soins Lune Bastide, a "
               "publié ses ventes.",
         {("Orme Belli", "owned_by", "Varsi"), ("Lune Bastide", "owned_by", "Varsi")}),
        ("it", "Il gruppo Varsi, che possiede anche il calzaturificio Orme Belli e il marchio di cachemire Lanificio "
               "Dorsa, ha chiuso il 2025 in crescita.",
         {("Orme Belli", "owned_by", "Varsi"), ("Lanificio Dorsa", "owned_by", "Varsi")}),
        ("it", "Il gruppo Varsi, proprietario dei marchi Orme Belli e Lanificio Dorsa, ha chiuso il 2025 in crescita.",
         {("Orme Belli", "owned_by", "Varsi"), ("Lanificio Dorsa", "owned_by", "Varsi")}),
        # a sentence that opens on an ownership phrase is about the subject after its comma
        ("en", "A subsidiary of the Belgian textile group Dermont Holding since 2016, the spinner Ivelle made 90 "
               "million euros.", {("Ivelle", "owned_by", "Dermont Holding")}),
        ("fr", "Filiale du groupe textile belge Dermont Holding depuis 2016, la filature Ivelle a réalisé 90 millions "
               "d'euros.", {("Filature Ivelle", "owned_by", "Dermont Holding")}),
        ("it", "Controllata dal 2016 dal gruppo tessile Dermont Holding, la filatura Ivelle ha fatturato 90 milioni.",
         {("Ivelle", "owned_by", "Dermont Holding")}),
        # joint work is a partnership: "worked with", "designed with", "entrusted to", "sviluppata con", "siglato con"
        ("en", "The house Orvieta shows its collection. For the set, Orvieta worked with the glassmaker Christofle.",
         {("Orvieta", "partners_with", "Christofle")}),
        ("en", "The house Orvieta shows its collection. The campaign was designed with the agency Accenture.",
         {("Orvieta", "partners_with", "Accenture")}),
        ("en", "The house Orvieta shows its collection. The fragrance licence was entrusted to Interparfums.",
         {("Orvieta", "partners_with", "Interparfums")}),
        ("fr", "La maison Orvieta présente sa collection. Pour le décor, Orvieta a travaillé avec le verrier "
               "Christofle.", {("Orvieta", "partners_with", "Christofle")}),
        ("fr", "La maison Orvieta présente sa collection. La campagne a été conçue avec l'agence Accenture.",
         {("Orvieta", "partners_with", "Accenture")}),
        ("fr", "La maison Orvieta présente sa collection. La licence des parfums a été confiée à Interparfums.",
         {("Orvieta", "partners_with", "Interparfums")}),
        ("it", "La maison Orvieta presenta la collezione. Per gli allestimenti Orvieta ha lavorato con la vetreria "
               "francese Christofle.", {("Orvieta", "partners_with", "Christofle")}),
        ("it", "La maison Orvieta presenta la collezione. La piattaforma tecnologica è stata sviluppata con "
               "Accenture.", {("Orvieta", "partners_with", "Accenture")}),
        ("it", "La maison Orvieta presenta la collezione. Il primo contratto, di sette anni, è stato siglato con "
               "Interparfums.", {("Orvieta", "partners_with", "Interparfums")}),
        # "the platform has worked with A and B": the platform last named
        ("en", "Velmont runs the platform Zalando in Europe. The platform has worked with the label Castrel and "
               "with the shoemaker Talvero.",
         {("Zalando", "partners_with", "Castrel"), ("Zalando", "partners_with", "Talvero")}),
        ("it", "Il marchio Sorvelle ha lanciato una collezione su Zalando. La piattaforma ha già lavorato con la "
               "francese Maison Castrel e con il marchio di sneaker Talvero.",
         {("Zalando", "partners_with", "Maison Castrel"), ("Zalando", "partners_with", "Talvero")}),
        # a venue named in a relative: "X, on which Y sells", "su cui", "sur laquelle"
        ("it", "La maison Orvieta presenta la collezione. Il designer ha firmato la collaborazione con la "
               "piattaforma Mytheresa, su cui Orvieta vende una capsule dal 2024.",
         {("Orvieta", "sells_on", "Mytheresa")}),
        ("fr", "La maison Orvieta grandit. Le styliste a signé une capsule pour la plateforme Mytheresa, sur "
               "laquelle Orvieta vend depuis 2024.", {("Orvieta", "sells_on", "Mytheresa")}),
        ("en", "The house Orvieta grows. The designer signed a capsule for the platform Mytheresa, on which Orvieta "
               "has sold since 2024.", {("Orvieta", "sells_on", "Mytheresa")}),
        # more selling words: "entered", "fait son entrée sur", "è disponibile su"
        ("en", "The house Orvieta grows. It entered Tmall Global in September.",
         {("Orvieta", "sells_on", "Tmall Global")}),
        ("fr", "La maison Orvieta grandit. Orvieta, filiale de Kering depuis 2021, a fait son entrée sur Tmall Global "
               "en septembre.", {("Orvieta", "sells_on", "Tmall Global"), ("Orvieta", "owned_by", "Kering")}),
        ("it", "Il marchio Orvieta cresce. Da settembre la linea donna è disponibile anche su Zalando.",
         {("Orvieta", "sells_on", "Zalando")}),
        # a platform left, or named as an object, sells nowhere: the house spoken of sells on the venue
        ("en", "The label Orvieta grows. Online, the brand will withdraw from Zalando in June but keep selling on "
               "Farfetch.", {("Orvieta", "sells_on", "Farfetch")}),
        ("fr", "La maison Orvieta grandit. Elle quittera Zalando en juin mais continuera à vendre sur Farfetch.",
         {("Orvieta", "sells_on", "Farfetch")}),
        ("it", "Il marchio Orvieta cresce. Online lascerà Zalando a giugno ma continuerà a vendere su Farfetch.",
         {("Orvieta", "sells_on", "Farfetch")}),
        # "since it was founded": the sentence's subject, not the rival named last
        ("en", "Castrel, the Milan auction house that competes with Christie's and Sotheby's, had its best year since "
               "it was founded in 1971.", {("Castrel", "founded_in", "1971")}),
        ("fr", "Castrel, la maison de ventes milanaise qui affronte Christie's et Sotheby's, a connu sa meilleure "
               "année depuis qu'elle a été fondée en 1971.", {("Castrel", "founded_in", "1971")}),
        ("it", "Castrel, la casa d'aste milanese che sfida Christie's e Sotheby's, ha chiuso il miglior anno da quando "
               "essa fu fondata nel 1971.", {("Castrel", "founded_in", "1971")}),
        # "a heritage label founded in 1911": the house spoken of, not the group named last
        ("en", "The label Castrel hired Tom Reed from the Quillan Group. Few expected a man from sportswear to "
               "revive a heritage label founded in 1911.", {("Castrel", "founded_in", "1911")}),
        ("fr", "La marque Castrel a recruté Tom Reed chez le groupe Quillan. Peu imaginaient un homme venu du sport "
               "relancer une vieille marque fondée en 1911.", {("Castrel", "founded_in", "1911")}),
        ("it", "Il marchio Castrel ha assunto Tom Reed dal gruppo Quillan. Pochi si aspettavano che un uomo dello "
               "sport rilanciasse un vecchio marchio fondato nel 1911.", {("Castrel", "founded_in", "1911")}),
        # a holding named after the house owns it
        ("it", "Il marchio Castrel cresce. La società è controllata dalla holding di famiglia Castrel "
               "Partecipazioni.", {("Castrel", "owned_by", "Castrel Partecipazioni")}),
        ("fr", "La maison Castrel grandit. Elle est détenue par la holding Castrel Participations.",
         {("Castrel", "owned_by", "Castrel Participations")}),
        ("en", "The house Castrel grows. It is controlled by the family holding Castrel Participations.",
         {("Castrel", "owned_by", "Castrel Participations")}),
        # a venue further from the selling word, past an aside with no other name in it
        ("fr", "La maison Orvieta vend également sur sa boutique en ligne et, depuis l'an dernier, sur la plateforme "
               "Zalando.", {("Orvieta", "sells_on", "Zalando")}),
        ("en", "The label Orvieta grows. It already sells its own line on its website, in its two Paris stores and, "
               "since last spring, on Zalando.", {("Orvieta", "sells_on", "Zalando")}),
        ("it", "Il marchio Orvieta cresce. Vende la sua linea sul sito proprietario, nei negozi di Milano e, "
               "dall'anno scorso, su Zalando.", {("Orvieta", "sells_on", "Zalando")}),
        # an online channel, a concession or a corner on a platform is a venue
        ("it", "Il marchio Orvieta cresce. Il canale online, gestito internamente e tramite Mytheresa e Zalando, vale "
               "il 12% del fatturato.", {("Orvieta", "sells_on", "Mytheresa"), ("Orvieta", "sells_on", "Zalando")}),
        ("en", "The label Orvieta grows. Direct channels, including its own website and a concession on Farfetch, now "
               "make 46 per cent of sales.", {("Orvieta", "sells_on", "Farfetch")}),
        ("fr", "La marque Orvieta grandit. Elle a ouvert un corner sur Zalando au printemps.",
         {("Orvieta", "sells_on", "Zalando")}),
        # a past employer named on the way does not sell: "the brand" does
        ("en", "The label Orvieta grows. It hired Tom Reed, previously head of digital at Celine, to run China, where "
               "the brand runs five stores and a flagship on Tmall.", {("Orvieta", "sells_on", "Tmall")}),
        ("fr", "La marque Orvieta grandit. Elle a recruté Tom Reed, auparavant directeur chez Celine, pour la Chine, "
               "où la marque a ouvert une boutique sur Tmall.", {("Orvieta", "sells_on", "Tmall")}),
        ("it", "Il marchio Orvieta cresce. Ha assunto Tom Reed, già direttore presso Celine, per la Cina, dove il "
               "marchio ha aperto un negozio su Tmall.", {("Orvieta", "sells_on", "Tmall")}),
        # a competition word, a colon or a copula, then the rivals
        ("en", "The label Orvieta grows. Orvieta sells well. Its nearest rivals, it says, are Moncler and Zegna.",
         {("Orvieta", "competes_with", "Moncler"), ("Orvieta", "competes_with", "Ermenegildo Zegna")}),
        ("en", "The label Orvieta grows. Orvieta sells well. Competition is fierce: Moncler, owned by Kering, and "
               "Celine invest too.", {("Orvieta", "competes_with", "Moncler"), ("Orvieta", "competes_with", "Celine")}),
        ("fr", "La maison Orvieta grandit. Orvieta vend bien. Ses vrais concurrents sont les marques italiennes, comme "
               "Moncler et Zegna.",
         {("Orvieta", "competes_with", "Moncler"), ("Orvieta", "competes_with", "Ermenegildo Zegna")}),
        ("it", "Il marchio Orvieta cresce. Orvieta vende bene. La concorrenza sul cashmere di alta gamma è forte: "
               "Moncler, controllata da Kering, e Zegna hanno investito.",
         {("Orvieta", "competes_with", "Moncler"), ("Orvieta", "competes_with", "Ermenegildo Zegna")}),
        ("it", "Il marchio Orvieta cresce. Orvieta vende bene. «Non possiamo competere con Prada sui volumi: la nostra "
               "concorrenza sono Moncler e gli altri indipendenti», dice.", {("Orvieta", "competes_with", "Moncler")}),
        # selling a majority stake to X: owned by X
        ("en", "The brand Orvieta, founded in 2021 by a make-up artist, sold a majority stake to Kaldor Capital last "
               "September.", {("Orvieta", "owned_by", "Kaldor Capital")}),
        ("fr", "La marque Orvieta a cédé la majorité de son capital au fonds Kaldor Capital en septembre.",
         {("Orvieta", "owned_by", "Kaldor Capital")}),
        ("it", "Il marchio Orvieta ha ceduto la maggioranza del capitale al fondo Kaldor Capital.",
         {("Orvieta", "owned_by", "Kaldor Capital")}),
        # "X, the group's streetwear label launched in 2016": a brand of the article's group, in a longer apposition
        ("en", "The group Dravonne grew. Orvieta, the group's streetwear label launched in 2016, hired a designer.",
         {("Orvieta", "owned_by", "Dravonne")}),
        ("fr", "Le groupe Dravonne grandit. Le groupe recrute. Orvieta, la marque de prêt-à-porter de luxe du groupe "
               "lancée en 2016, change de directeur.", {("Orvieta", "owned_by", "Dravonne")}),
        ("it", "Il gruppo Dravonne cresce. La maison Orvieta, il marchio di maglieria di lusso del gruppo, cambia "
               "direttore.", {("Orvieta", "owned_by", "Dravonne")}),
        # "The brand, ..." opening a sentence after a house named only in a comparison: the article's brand
        ("en", "The label Orvieta grew fast. Orvieta now has 2 million followers, more than Celine's account. The "
               "brand, founded in 2021, sold a majority stake to Kaldor Capital.",
         {("Orvieta", "owned_by", "Kaldor Capital"), ("Orvieta", "founded_in", "2021")}),
        # the rival of a brand is the article's brand, not the company that bears its name
        ("it", "Lanificio Castrel SpA ha chiuso l'anno in crescita. Lanificio Castrel vende il marchio Castrel in 30 "
               "paesi. Lanificio Castrel investe. La concorrenza è forte: Moncler e Zegna hanno investito.",
         {("Castrel", "competes_with", "Moncler"), ("Castrel", "competes_with", "Ermenegildo Zegna")}),
        ("fr", "La Filature Castrel a publié ses comptes. La Filature Castrel vend la marque Castrel dans 30 pays. La "
               "Filature Castrel investit. La concurrence est rude : Moncler et Zegna investissent aussi.",
         {("Castrel", "competes_with", "Moncler"), ("Castrel", "competes_with", "Ermenegildo Zegna")}),
        ("en", "Castrel Textiles Ltd grew. Castrel Textiles sells its label Castrel in 30 countries. Castrel Textiles "
               "invests. Competition is fierce: Moncler and Zegna invest too.",
         {("Castrel", "competes_with", "Moncler"), ("Castrel", "competes_with", "Ermenegildo Zegna")}),
        # "we sell", "vendiamo", "nous vendons": in an interview, the house the article is about
        ("it", "La maison Orvieta cresce. Orvieta vende bene. Orvieta assume. D: Dove vendete? R: Vendiamo sul nostro "
               "e-commerce, su Mytheresa e su Farfetch.",
         {("Orvieta", "sells_on", "Mytheresa"), ("Orvieta", "sells_on", "Farfetch")}),
        ("fr", "La maison Orvieta grandit. Orvieta vend bien. Orvieta recrute. « Nous vendons sur notre site et sur "
               "Zalando », dit-elle.", {("Orvieta", "sells_on", "Zalando")}),
        ("en", "The house Orvieta grows. Orvieta sells well. Orvieta hires. \"We list selected pieces on Zalando,\" "
               "she says.", {("Orvieta", "sells_on", "Zalando")}),
        # "X, the platform the group operates": the article's group runs it
        ("en", "The Dravonne Group grew. Dravonne Group sales rose. Online sales were led by the platform Revendo, the "
               "certified pre-owned platform the group operates in Germany.",
         {("Dravonne Group", "operates", "Revendo")}),
        ("fr", "Le groupe Dravonne grandit. Le groupe Dravonne investit. Les ventes en ligne ont été portées par la "
               "plateforme Revendo, la plateforme de seconde main que le groupe exploite en Europe.",
         {("Dravonne", "operates", "Revendo")}),
        ("it", "Il gruppo Dravonne cresce. Il gruppo Dravonne investe. Le vendite online sono trainate dalla "
               "piattaforma Revendo, la piattaforma dell'usato che il gruppo gestisce in Europa.",
         {("Dravonne", "operates", "Revendo")}),
        # "X, with which it has started a collaboration", "con cui ha avviato una collaborazione" (no subject written)
        ("it", "La maison Orvieta cresce. Al Salone Orvieta presenta la collezione firmata dallo studio danese "
               "Aarvik Studio, con cui ha avviato una collaborazione triennale.",
         {("Orvieta", "partners_with", "Aarvik Studio")}),
        ("fr", "La maison Orvieta grandit. Au Salon, Orvieta présente une collection dessinée par le studio danois "
               "Aarvik Studio, avec lequel elle a lancé une collaboration de trois ans.",
         {("Orvieta", "partners_with", "Aarvik Studio")}),
        ("en", "The house Orvieta grows. At the fair Orvieta shows a collection by the Danish studio Aarvik "
               "Studio, with which it has started a three-year collaboration.",
         {("Orvieta", "partners_with", "Aarvik Studio")}),
        # "counts A among its partners", "parmi ses partenaires", "tra i suoi partner"
        ("en", "The platform Revendo grew. Revendo also counts Burberry among its partners, through a pilot in the UK.",
         {("Revendo", "partners_with", "Burberry")}),
        ("fr", "La plateforme Revendo grandit. Revendo compte aussi Burberry parmi ses partenaires, avec un pilote au "
               "Royaume-Uni.", {("Revendo", "partners_with", "Burberry")}),
        ("it", "La piattaforma Revendo cresce. Revendo annovera anche Burberry tra i suoi partner, con un progetto "
               "pilota.", {("Revendo", "partners_with", "Burberry")}),
        # the partner a short noun phrase after the cue: "with the Chinese payments provider X"
        ("en", "The group Dravonne grew. Dravonne invests. The group has also partnered with the Chinese payments "
               "provider Alipay so that visitors can pay.", {("Dravonne", "partners_with", "Alipay")}),
        ("fr", "Le groupe Dravonne grandit. Dravonne investit. Le groupe s'est aussi associé au prestataire chinois de "
               "paiement Alipay.", {("Dravonne", "partners_with", "Alipay")}),
        ("it", "Il gruppo Dravonne cresce. Dravonne investe. Il gruppo ha anche stretto un accordo con il fornitore "
               "cinese di pagamenti Alipay.", {("Dravonne", "partners_with", "Alipay")}),
        # a partner's owner in apposition is no partner
        ("it", "La maison Orvieta cresce. Orvieta investe. A marzo Orvieta ha firmato un accordo di collaborazione "
               "con il marchio giapponese di lifestyle Kazeno, controllato dal gruppo Tanvick, per una pelletteria.",
         {("Orvieta", "partners_with", "Kazeno"), ("Kazeno", "owned_by", "Tanvick")}),
        ("en", "The house Orvieta grows. Orvieta invests. In March Orvieta signed a collaboration agreement with the "
               "Japanese lifestyle label Kazeno, controlled by the Tanvick Group, for a leather line.",
         {("Orvieta", "partners_with", "Kazeno"), ("Kazeno", "owned_by", "Tanvick Group")}),
        ("fr", "La maison Orvieta grandit. Orvieta investit. En mars, Orvieta a signé un accord de collaboration avec "
               "la marque japonaise de lifestyle Kazeno, contrôlée par le groupe Tanvick, pour une maroquinerie.",
         {("Orvieta", "partners_with", "Kazeno"), ("Kazeno", "owned_by", "Tanvick")}),
    ],
)
def test_relations_from_lists(lang: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= triples(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        # the owner in a rival's apposition is no rival
        ("en", "The house Bellorme published results. Bellorme is not alone: its competitors Moncler, owned by "
               "Kering, and Zegna also fell.", ("Bellorme", "competes_with", "Kering")),
        ("it", "La maison Bellorme ha pubblicato i conti. Bellorme non è sola: i suoi concorrenti Moncler, "
               "controllata dal gruppo Kering, e Zegna sono in calo.", ("Bellorme", "competes_with", "Kering")),
        # "a deal with rival X": X is a rival, not a partner
        ("en", "The platform Quorrel grew. Quorrel said an agreed deal with rival Farfetch collapsed in 2023.",
         ("Quorrel", "partners_with", "Farfetch")),
        # a licence "for the French label A", then a deal with B: A is an object, no partner of B
        ("it", "La Ottica Sorvelle rinnova la licenza per il marchio francese Castrel e ha firmato un accordo "
               "decennale con il marchio milanese Talvero.", ("Castrel", "partners_with", "Talvero")),
        # "A and B joined in 2022, and we work with C": the clause has its own subject
        ("en", "Castrel and Talvero were among the houses that joined in 2022, and we work with Loewe and Celine.",
         ("Castrel", "partners_with", "Loewe")),
        # a platform left sells on no other platform
        ("fr", "La maison Orvieta grandit. Elle quittera Zalando en juin mais continuera à vendre sur Farfetch.",
         ("Zalando", "sells_on", "Farfetch")),
        ("en", "The label Orvieta grows. Online, the brand will withdraw from Zalando in June but keep selling on "
               "Farfetch.", ("Zalando", "sells_on", "Farfetch")),
        ("it", "Il marchio Castrel cresce. La società è controllata dalla holding di famiglia Castrel "
               "Partecipazioni.", ("Castrel Partecipazioni", "owned_by", "Castrel")),
        # "A competes with B and C, but its licences take it into D's territory": B and C are no partners of D
        ("it", "Il marchio Orvieta cresce. Orvieta compete con Moncler e Zegna sul prodotto, ma con le licenze entra "
               "nel territorio di Loewe.", ("Moncler", "partners_with", "Loewe")),
        ("en", "The label Orvieta grows. It hired Tom Reed, previously head of digital at Celine, to run China, where "
               "the brand runs five stores and a flagship on Tmall.", ("Celine", "sells_on", "Tmall")),
        # a venue past a clause with a new subject is not the selling word's
        ("en", "The brand Orvieta plans to launch in Australia and on Farfetch by 2026, and Tom Reed said a move into "
               "China via Douyin is not close.", ("Orvieta", "sells_on", "Douyin")),
        ("it", "Il marchio Orvieta cresce. Orvieta vende bene. «Non possiamo competere con Prada sui volumi: la nostra "
               "concorrenza sono Moncler e gli altri indipendenti», dice.", ("Prada", "competes_with", "Moncler")),
        ("en", "The label Orvieta grows. Orvieta sells well. Competition is fierce: Moncler, owned by Kering, and "
               "Celine invest too.", ("Orvieta", "competes_with", "Kering")),
        # a relative clause about a person is no brand apposition
        ("fr", "Le groupe Dravonne grandit. Le groupe recrute. Jean Roux, ancien directeur des Galeries Lafayette, qui "
               "a pris la tête du groupe en 2022, parle.", ("Galeries Lafayette", "owned_by", "Dravonne")),
        # the house last named as the subject stays "la marque"
        ("fr", "La maison Nike lance une basket. La maison Orvieta, créée en 2019, emploie 26 personnes. La marque est "
               "distribuée dans 40 boutiques et vend sur Zalando. Nike vend beaucoup.",
         ("Nike", "sells_on", "Zalando")),
        ("it", "La maison Orvieta cresce. Orvieta investe. A marzo Orvieta ha firmato un accordo di collaborazione "
               "con il marchio giapponese di lifestyle Kazeno, controllato dal gruppo Tanvick, per una pelletteria.",
         ("Orvieta", "partners_with", "Tanvick")),
    ],
)
def test_no_relation_from_lists(lang: str, text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in triples(text, lang)


def _person(text: str, name: str, org: str, current: bool) -> Person:
    start = text.index(name)
    ev = Evidence(0, start, start + len(name), "people.test")
    return Person(name, ev, roles=(Role("chief executive", "ceo", org, ev, current=current),))


@pytest.mark.parametrize(
    ("lang", "text", "new", "old"),
    [
        # a chief leaves house B for house A, both named as often: the house she joins, where someone works now,
        # is what "the house" stands for, though her predecessor left it
        ("en", "Jane Holt leaves the house Talvero for the house Castrel. Jane Holt joins Castrel; Tom Reed leaves "
               "the company. At Talvero she tripled sales. The house sells on Zalando since 2024.",
         "Castrel", "Talvero"),
        ("fr", "Jane Holt quitte la maison Talvero pour la maison Castrel. Jane Holt rejoint Castrel ; Tom Reed "
               "quitte l'entreprise. Chez Talvero elle a triplé les ventes. La maison vend sur Zalando depuis 2024.",
         "Castrel", "Talvero"),
        ("it", "Jane Holt lascia la maison Talvero per la maison Castrel. Jane Holt arriva da Castrel; Tom Reed "
               "lascia l'azienda. Da Talvero ha triplicato le vendite. La maison vende su Zalando dal 2024.",
         "Castrel", "Talvero"),
    ],
)
def test_the_house_joined_is_the_referent(lang: str, text: str, new: str, old: str) -> None:
    a = article(text, lang)
    _, mentions = extract_orgs(a)
    holt = _person(text, "Jane Holt", new, True)
    holt = Person(holt.name, holt.evidence, roles=(*holt.roles, *_person(text, "Jane Holt", old, False).roles))
    people = [holt, _person(text, "Tom Reed", new, False)]
    found = {(r.subject, r.predicate, r.object) for r in extract_relations(a, mentions, people)}
    assert (new, "sells_on", "Zalando") in found
    assert (old, "sells_on", "Zalando") not in found
