"""Round-4 appointments batch 18 (third shift): hand-labelled before scoring."""
import json
Q = "; text (c) its publisher, quoted for evaluation; labelled by hand"
def P(person, title, company): return {"person": person, "title": title, "company": company}
HC1 = "https://hospitalitycurated.com/management-and-regulatory/whos-leading-hotels-now-new-gm-appointments-revealed"
HC2 = "https://hospitalitycurated.com/management-and-regulatory/who-are-the-new-leaders-shaping-north-american-hospitality"
ACC = "https://hotelmanagement-staging.go-vip.net/2018/07/06/accorhotels-makes-major-general-manager-appointments-across-australia"
INTEL = "https://www.cbsnews.com/news/intel-taps-insider-to-serve-as-its-ceo/"
items = [
 ("Coca-Cola has named Mr Neville Isdell, as its chairman and chief executive-elect, ending a three-month search at the world's largest soft drink maker.",
  P("Neville Isdell", "chief executive-elect", "Coca-Cola"), "https://www.irishtimes.com/news/irishman-to-become-new-ceo-of-coca-cola-1.978409"),
 ("Mr Isdell, an Irish citizen who worked for Coca-Cola and its bottlers for more than three decades before retiring in 2001, will succeed chairman and CEO Mr Doug Daft, who had announced that he would step down at the end of this year.",
  None, "https://www.irishtimes.com/news/irishman-to-become-new-ceo-of-coca-cola-1.978409"),
 ("In naming the former Coke veteran as its new chief, the company passed over Mr Steven Heyer, its president and chief operating officer.",
  None, "https://www.irishtimes.com/news/irishman-to-become-new-ceo-of-coca-cola-1.978409"),
 ("Boeing has promoted Dennis Muilenburg as the successor to Jim McNerney as the company's chief executive.",
  P("Dennis Muilenburg", "chief executive", "Boeing"), "https://worldofaviation.com/2015/06/boeing-names-new-ceo"),
 ("Boeing said McNerney would continue as chairman after stepping down as chief executive until his retirement in February 2016 to ensure a smooth transition.",
  None, "https://worldofaviation.com/2015/06/boeing-names-new-ceo"),
 ("Marriott International Inc. has tapped Tony Capuano as its new chief executive officer, picking a longtime veteran of the world's largest hotel company to steer it through the industry's most crippling period in memory.",
  P("Tony Capuano", "chief executive officer", ["Marriott International Inc.", "Marriott International", "Marriott"]), "https://www.successdigestonline.com/marriott-names-tony-capuano-as-new-ceo/"),
 ("Stephanie Linnartz, 52, a Marriott group president overseeing consumer operations, technology and emerging businesses, is the company's new president.",
  None, "https://www.successdigestonline.com/marriott-names-tony-capuano-as-new-ceo/"),
 ("The Walt Disney Co. said it has named Disney Parks chairman Bob Chapek as chief executive officer, effective immediately.",
  P("Bob Chapek", "chief executive officer", ["The Walt Disney Co.", "Walt Disney Co.", "Walt Disney", "Disney"]), "https://www.nexttv.com/news/disney-names-parks-chief-chapek-as-ceo"),
 ("In 2018, he was named chairman of Disney Parks, Experiences and Products.",
  None, "https://www.nexttv.com/news/disney-names-parks-chief-chapek-as-ceo"),
 ("Intel taps insider to serve as its CEO\nNEW YORK Intel (INTC) said Thursday that it has chosen its chief operating officer, Brian Krzanich, as its new CEO.",
  P("Brian Krzanich", "CEO", "Intel"), INTEL),
 ("The other internal candidates for the CEO post were Renee James, head of Intel's software business, and Stacy Smith, chief financial officer and director of corporate strategy.",
  None, INTEL),
 ("The Search Is Over: Intel Names Brian Krzanich Its New CEO\nIntel's CEO search is officially over.",
  P("Brian Krzanich", "CEO", "Intel"), "https://crnfrance.fr/news/components-peripherals/240154061/the-search-is-over-intel-names-brian-krzanich-its-new-ceo"),
 ("Krzanich was promoted to COO in January 2012 and oversaw Intel's Technology and Manufacturing Group, as well as Intel's Custom Foundry business and its NAND Solutions Group.",
  None, "https://crnfrance.fr/news/components-peripherals/240154061/the-search-is-over-intel-names-brian-krzanich-its-new-ceo"),
 ("David Farr, the chief executive of Emerson Electric Co. EMR 1.17% , is retiring this week after 21 years in the role and handing over leadership of the manufacturing company to another Emerson veteran.",
  None, "https://successdigestonline.com/?p=340474"),
 ("The St. Louis, Mo., industrial company named the head of its automation business, Lal Karsanbhai, to succeed Mr. Farr and join the board.",
  None, "https://successdigestonline.com/?p=340474"),
 ("Frank Cook, recently appointed at DoubleTree by Hilton Hotel New Orleans, has a proven track record of overseeing operations for 19 properties across Hilton and Marriott brands.",
  None, HC1),
 ("Dan Briks, recently appointed to lead the Hilton New York Times Square, exemplifies the value of brand-specific growth.",
  None, HC2),
 ("Six new General Managers have been named by AccorHotels to lead six of the company's most well-established and popular properties, the company announced today.",
  None, ACC),
 ("Heading north but not as far north as he may be accustomed, Scott Eger has been promoted to General Manager at the Novotel Sydney Darling Square.",
  P("Scott Eger", "General Manager", ["Novotel Sydney Darling Square", "the Novotel Sydney Darling Square"]), ACC),
 ("In Queensland, Stephen Wellsteed has been unveiled as the new GM at the Novotel Twin Waters on the Sunshine Coast.",
  P("Stephen Wellsteed", "GM", "Novotel Twin Waters"), ACC),
 ("Last but not least is Christopher Chaffe who takes charge as the new GM at the Mercure Kakadu Crocodile Hotel.",
  P("Christopher Chaffe", "GM", "Mercure Kakadu Crocodile Hotel"), ACC),
 ("Moving from The Como Melbourne MGallery by Sofitel, John Korkou remains within the brand having been promoted from Director of Sales & Marketing to now head up The Hotel Lindrum, MGallery by Sofitel.",
  None, ACC),
 ("Congratulations to all six of AccorHotels' new appointees.", None, ACC),
]
with open(__file__.replace("mk_b18.py", "appt_r4_b18.jsonl"), "w") as f:
    for text, exp, src in items:
        f.write(json.dumps({"text": text, "expected": exp, "part": "dev", "source": src + Q}, ensure_ascii=False) + "\n")
print(len(items), sum(1 for i in items if i[1]))
