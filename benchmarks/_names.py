"""Seeded guest lists with French and English names: a few popular, a long tail of rare ones."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

# Given names by rough frequency rank (most common first) for adults at a business event.
FR_FIRST_POPULAR = """
Marie Nathalie Isabelle Sylvie Catherine Sophie Christine Valérie Sandrine Céline Stéphanie
Julie Aurélie Émilie Camille Laura Sarah Pauline Caroline Anne Virginie Hélène Claire Laetitia
Élodie Mélanie Audrey Charlotte Manon Marion Lucie Léa Chloé Emma Juliette Mathilde Clémence
Florence Delphine Karine Véronique Martine Nicole Françoise Christelle Agnès Béatrice Corinne
Jean Philippe Nicolas Christophe Pierre Michel Frédéric Laurent Stéphane Julien Sébastien David
Thomas Olivier Éric Alexandre Antoine Vincent Guillaume Maxime Romain Mathieu Benjamin Jérôme
François Patrick Thierry Pascal Alain Bruno Didier Arnaud Damien Cédric Fabien Florian Adrien
Clément Quentin Kévin Hugo Lucas Louis Paul Arthur Jules Gabriel Raphaël Léo Théo Yann Loïc
Jean-Pierre Jean-Luc Jean-François Jean-Marc Jean-Baptiste Marie-Claire Anne-Sophie
Marie-Hélène Mohamed Karim Nadia Sonia Samia Mehdi Yasmine Inès Anaïs Noémie Océane Margaux
"""
FR_FIRST_UNCOMMON = """
Aude Bérénice Blandine Capucine Cyrielle Daphné Diane Églantine Éloïse Faustine Gaëlle Ghislaine
Gwenaëlle Héloïse Hortense Ingrid Joséphine Laure Léonie Lise Lou Maëlle Maëlys Mahault Marguerite
Maylis Mireille Morgane Nolwenn Ombeline Ophélie Perrine Philippine Prune Rozenn Salomé Séverine
Solène Solenn Tiphaine Ysaline Zoé Adèle Albane Alix Apolline Armelle Astrid Axelle Bertille
Clotilde Constance Edwige Elsa Estelle Fanny Flavie Gaëtane Gersende Inès Irène Jeanne Justine
Lorraine Ludivine Madeleine Maud Myriam Nadège Noëlle Odile Paule Rachida Roxane Sabine Ségolène
Servane Sixtine Soizic Sybille Thaïs Victoire Violaine Wendy Aïssatou Fatoumata Khadija Leïla
Amaury Anatole Aristide Augustin Aurélien Barthélemy Bastien Baudouin Benoît Bertrand Brice
Corentin Côme Cyprien Dorian Edgar Elouan Enguerrand Erwan Étienne Eudes Évrard Félix Firmin
Florent Gaël Gaétan Gaspard Gauthier Gildas Gonzague Grégoire Guénolé Hervé Hippolyte Honoré
Jacques Joachim Jocelyn Josselin Killian Lancelot Léandre Lénaïc Lilian Lionel Loup Malo Marius
Maël Marin Mathurin Médéric Melchior Nils Norbert Octave Pacôme Perceval Pierrick Prosper Quentin
Régis Rémi Ronan Samson Sidonie Sixte Swann Tanguy Tristan Ulysse Valentin Wandrille Yves Yvon
Ibrahima Moussa Ousmane Amadou Souleymane Abdoulaye Rachid Samir Farid Sofiane Yacine Ilyes
Jean-Charles Jean-Yves Jean-Philippe Jean-Christophe Jean-Michel Jean-Louis Pierre-Yves
Marie-Laure Marie-Pierre Marie-Anne Anne-Laure Anne-Claire Marie-Christine Marie-Odile
"""
EN_FIRST_POPULAR = """
James John David Michael Paul Andrew Mark Richard Peter Robert Christopher Daniel Thomas Matthew
Stephen Simon Ian Steven Jonathan Alexander William Benjamin Samuel Oliver Jack Harry George
Joshua Luke Adam Ryan Kevin Gary Martin Neil Sarah Emma Claire Laura Rebecca Rachel Emily
Jennifer Lisa Karen Helen Louise Amy Charlotte Sophie Hannah Lucy Jessica Victoria Katherine
Elizabeth Nicola Joanne Catherine Susan Mary Jane Anna Olivia Grace Megan Lauren Chloe Amelia
Ella Isabella Holly Natalie Michelle Julie Kate Alice Ellie Georgia Abigail Fiona Zoe Priya
"""
EN_FIRST_UNCOMMON = """
Aidan Alistair Angus Barnaby Benedict Bertie Caspar Cedric Ciaran Clement Conor Cormac Crispin
Declan Dominic Dougal Eamon Ewan Fergus Finlay Gareth Gideon Hamish Hugo Ignatius Jasper Jolyon
Kieran Lachlan Lorcan Magnus Malachy Monty Niall Orlando Oscar Percy Piers Quentin Rafferty Rhys
Rory Rufus Seamus Sebastian Tarquin Torin Tristram Wilfred Xander Zachary Aoife Araminta Beatrix
Bronwen Caitlin Cerys Clementine Cressida Delphine Eilidh Eloise Esme Fenella Flora Freya Gwen
Harriet Imogen Iona Isla Jemima Kirsty Lavinia Lettice Maisie Morag Niamh Ottilie Philippa
Rhiannon Rosalind Saoirse Seren Siobhan Sinead Tabitha Tamsin Una Verity Wilhelmina Winifred
Yvette Zara Anjali Deepak Rajesh Sanjay Aisha Omar Tariq Yusuf Chidi Ngozi Kwame Ama Ayo
"""

FR_LAST_POPULAR = """
Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel Lefebvre
Leroy Roux David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent
Muller Lefèvre Faure André Mercier Blanc Guérin Boyer Garnier Chevalier François Legrand Gauthier
Garcia Perrin Robin Clément Morin Nicolas Henry Roussel Mathieu Gautier Masson Marchand Duval
Denis Dumont Marie Lemaire Noël Meyer Dufour Meunier Brun Blanchard Giraud Joly Rivière Lucas
Brunet Gaillard Barbier Arnaud Martinez Gérard Roche Renard Schmitt Roy Leroux Colin Vidal Caron
Picard Roger Fabre Aubert Lemoine Renaud Dumas Lacroix Olivier Philippe Bourgeois Pierre Benoît
Rey Leclerc Payet Rolland Leclercq Guillaume Lecomte Lopez Jean Dupuy Guillot Hubert Berger
Carpentier Sanchez Dupuis Moulin Louis Deschamps Huet Vasseur Perez Boucher Fleury Royer Klein
Jacquet Adam Paris Poirier Marty Aubry Guyot Carré Charles Renault Charpentier Ménard Maillard
Baron Bertin Bailly Hervé Schneider Fernandez Le_Gall Collet Léger Bouvier Julien Prévost Millet
Perrot Daniel Le_Roux Cousin Germain Breton Besson Langlois Rémy Le_Goff Pelletier Lévêque
Perrier Leblanc Barré Lebrun Marchal Weber Mallet Hamon Boulanger Jacob Monnier Michaud Rodriguez
Guichard Gillet Étienne Grondin Poulain Tessier Chevallier Collin Chauvin Da_Silva Bouchet Gay
Lemaître Bénard Maréchal Humbert Reynaud Antoine Hoarau Perret Barthélemy Cordier Pichon Lejeune
Gilbert Lamy Delaunay Pasquier Carlier Laporte Diallo Traoré Nguyen Tran N'Diaye Benali Haddad
"""
EN_LAST_POPULAR = """
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner
Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott
Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson
Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams
Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell
Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens
Jenkins Murray Dixon Harvey O'Brien O'Connor O'Neill McDonald MacLeod McCarthy Fitzgerald
"""

# Pieces of rare surnames, put together the way French and English surnames are built.
FR_ROOTS = """
Bou Char Mar Ber Lam Fav Gir Pel Riv Mon Cour Chau Bel Ker Bri Cal Dar Del Fon Gal Jou Lab Lan Lar
Lav Mal Mau Mes Mich Mor Nau Pag Pas Per Pic Pom Pou Rab Ram Reb Rig Rol Sal Sav Ser Tal Tar Tis
Tou Val Vau Vil Bar Bes Bla Bra Cha Cor Dan Dur Esc Fal Fer Gam Gau Gen God Gre Gui Hai Hen Jac
Jol Lec Lem Lou Mag Man Mat Mer Mil Nev Oli Ord Par Pey Pla Pra Que Rec Ren Rou San Seg Sor Tho
Tre Ver Vig Bé Clé Dé Fé Gé Lé Mé Pré Ré Sé Té Vé Hé
"""
FR_MIDDLES = "a e i o ou au eu in an on er ar il el ill ch gn t d l r n s v b"
FR_ENDINGS = """
ault eau ier in ot et ard on ac ec oux ès and elle aud ois eux el as y ay at ec ic ens ez ieu
iot ou ange eix onnet ourd ier ière aire ais is ault illon ignac ec ven gall
"""
FR_PARTICLES = ["de", "du", "Le", "La", "de la", "des", "d'"]
EN_ROOTS = """
Ash Brad Chad Hol Wick Thorn Black Whit Pem Ald Brom Cart Dun Fair Hart Kings Lang Mark North Pen
Ray Shel Stan Wel Win Bram Crom Dray Elm Fen Gold Hamp Hux Kel Kirk Lock Mar Mid Nor Ox Pres Red
Ross Sand Sher Stock Sut Thur Wal War Wes Wind Ack Bur Cal Dar Ed Far Gar Hep Ing Lat Mel Ned Per
"""
EN_ENDINGS = """
ton ley son worth ford field well wood by ham more ridge wick stone er shaw croft hurst land dale
bury combe den hill man ington ock ridge sley wright
"""


def _words(block: str) -> list[str]:
    """The names of a block, in order, once each; "_" stands for a space inside a name."""
    return list(dict.fromkeys(w.replace("_", " ") for w in block.split()))


@dataclass(frozen=True, slots=True)
class Person:
    first_name: str
    last_name: str
    email: str


class NameGenerator:
    """Draws people: 65% French, 35% English speaking; popular names follow a Zipf curve."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)
        self._fr_first = _Zipf(_words(FR_FIRST_POPULAR), flatness=3)
        self._en_first = _Zipf(_words(EN_FIRST_POPULAR), flatness=3)
        self._fr_last = _Zipf(_words(FR_LAST_POPULAR), flatness=10)
        self._en_last = _Zipf(_words(EN_LAST_POPULAR), flatness=5)
        self._fr_rare = _words(FR_FIRST_UNCOMMON)
        self._en_rare = _words(EN_FIRST_UNCOMMON)
        self._fr_roots, self._fr_middles = _words(FR_ROOTS), FR_MIDDLES.split()
        self._fr_endings = _words(FR_ENDINGS)
        self._en_roots, self._en_endings = _words(EN_ROOTS), _words(EN_ENDINGS)

    def person(self) -> Person:
        rng = self._rng
        french = rng.random() < 0.65
        # Seven in ten given names come from the popular list, the rest from a longer tail.
        if french:
            first = self._fr_first.draw(rng) if rng.random() < 0.7 else rng.choice(self._fr_rare)
            # Surnames are far more spread out than given names: in France the 200 most
            # common cover about a tenth of people (Martin, the first, about 0.35%).
            last = self._fr_last.draw(rng) if rng.random() < 0.12 else self._rare_french()
        else:
            first = self._en_first.draw(rng) if rng.random() < 0.7 else rng.choice(self._en_rare)
            # In Britain the 130 most common cover about a quarter (Smith about 1.3%).
            last = self._en_last.draw(rng) if rng.random() < 0.25 else self._rare_english()
        return Person(first, last, self._email(first, last, french))

    def people(self, count: int) -> list[Person]:
        return [self.person() for _ in range(count)]

    def _rare_french(self) -> str:
        rng = self._rng
        name = rng.choice(self._fr_roots)
        if rng.random() < 0.5:
            name += rng.choice(self._fr_middles)
        name += rng.choice(self._fr_endings)
        roll = rng.random()
        if roll < 0.06:
            particle = rng.choice(FR_PARTICLES)
            if particle == "d'" and name[0] not in "AEIOUÉ":
                particle = "de"
            return f"{particle}{name}" if particle.endswith("'") else f"{particle} {name}"
        if roll < 0.09:
            return f"{name}-{self._fr_last.draw(rng)}"  # double-barrelled
        return name

    def _rare_english(self) -> str:
        rng = self._rng
        name = rng.choice(self._en_roots) + rng.choice(self._en_endings)
        roll = rng.random()
        if roll < 0.04:
            return "Mc" + name
        if roll < 0.07:
            return "O'" + name
        return name

    def _email(self, first: str, last: str, french: bool) -> str:
        def ascii_part(text: str) -> str:
            plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
            return "".join(ch for ch in plain.lower() if ch.isalnum())

        domain = self._rng.choice(
            ["gmail.com", "orange.fr", "free.fr", "outlook.fr", "example.fr", "sfr.fr"]
            if french
            else ["gmail.com", "outlook.com", "example.co.uk", "yahoo.co.uk", "example.com"]
        )
        return f"{ascii_part(first)}.{ascii_part(last)}@{domain}"


class _Zipf:
    """Picks from a list ranked by popularity: rank k weighs 1 / (k + flatness)."""

    def __init__(self, names: list[str], flatness: int) -> None:
        self._names = names
        total = 0.0
        self._cumulative: list[float] = []
        for rank in range(1, len(names) + 1):
            total += 1.0 / (rank + flatness)
            self._cumulative.append(total)

    def draw(self, rng: random.Random) -> str:
        return rng.choices(self._names, cum_weights=self._cumulative)[0]
