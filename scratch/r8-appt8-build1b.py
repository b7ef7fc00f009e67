"""Batch 1, second half (hotel and insurance people news), appended to scratch/r8-appt8-batch1.jsonl before any rule."""
import json
HM = "https://www.hotelmanagement.net/human-resources/ritz-carlton-waldorf-astoria-other-hotels-appoint-gms"
AC = "https://hotelmanagement-staging.go-vip.net/2018/07/06/accorhotels-makes-major-general-manager-appointments-across-australia"
TM = "https://en.10minhotel.com/?p=76680"
HC = "https://hospitalitycurated.com/management-and-regulatory/whos-leading-hotels-now-new-gm-appointments-revealed"
RG = "https://royalgazette.com/re-insurance/business/article/20110603/ace-appoints-keogh-coo"
def P(person, title, company):
    return {"person": person, "title": title, "company": company}
items = [
    (HM, "Ritz-Carlton, Waldorf Astoria, other hotels appoint GMs", None),
    (HM, "CoralTree Hospitality appointed Curtis Bova general manager of the upcoming Hotel Polaris at The U.S. Air Force Academy in Colorado Springs, Colo.",
     P("Curtis Bova", "general manager", ["Hotel Polaris", "CoralTree Hospitality"])),
    (HM, "Sage Hospitality Group appointed Christopher Guse the new GM of The Hotel Van Zandt in Austin, Texas.",
     P("Christopher Guse", "GM", ["The Hotel Van Zandt", "Hotel Van Zandt", "Sage Hospitality Group"])),
    (HM, "Guse joins the property from Sage\u2019s Sheraton Austin, where he has was GM since 2021.", None),
    (AC, "Six new General Managers have been named by AccorHotels to lead six of the company\u2019s most well-established and popular properties, the company announced today.", None),
    (AC, "Heading north but not as far north as he may be accustomed, Scott Eger has been promoted to General Manager at the Novotel Sydney Darling Square.",
     P("Scott Eger", "General Manager", "Novotel Sydney Darling Square")),
    (AC, "In Queensland, Stephen Wellsteed has been unveiled as the new GM at the Novotel Twin Waters on the Sunshine Coast.",
     P("Stephen Wellsteed", "GM", "Novotel Twin Waters")),
    (AC, "Last but not least is Christopher Chaffe who takes charge as the new GM at the Mercure Kakadu Crocodile Hotel.",
     P("Christopher Chaffe", "GM", "Mercure Kakadu Crocodile Hotel")),
    (AC, "Congratulations to all six of AccorHotels\u2019 new appointees.", None),
    (TM, "HQ Hotels & Residences, the new lifestyle hospitality brand led by sbe Chairman and CEO Sam Nazarian, has named Mike Metcalf as president.",
     P("Mike Metcalf", "president", ["HQ Hotels & Residences", "HQ Hotels"])),
    (TM, "BWH Hotels has named Harry Dong as the president and CEO of BWH Hotels China (Hong Kong, Macau, Taiwan), Mongolia and Nepal.",
     P("Harry Dong", "president and CEO", ["BWH Hotels China", "BWH Hotels"])),
    (TM, "London + Regional (L+R) has announced senior leadership changes to accelerate its growth and global diversification.", None),
    (TM, "Cody Bradshaw has joined as group CEO of L+R Hotels, with overall responsibility for global strategy, growth, asset management and performance.",
     P("Cody Bradshaw", "group CEO", "L+R Hotels")),
    (HC, "Similarly, Frank Cook, recently appointed at DoubleTree by Hilton Hotel New Orleans, has a proven track record of overseeing operations for 19 properties across Hilton and Marriott brands.", None),
    (RG, "Ace appoints Keogh COO\nAce Ltd, a global insurance group, has named vice-chairman John Keogh to the newly-created role of chief operating officer, part of a broader reshuffling of the company\u2019s top executives.",
     P("John Keogh", "chief operating officer", ["Ace Ltd", "Ace"])),
    (RG, "Mr Lupica\u2019s promotion takes effect on July 1 as Brian Dowd retires from full-time work.", None),
    (RG, "Mr Keogh joined Ace in 2006 to head the company\u2019s overseas business.", None),
]
with open("scratch/r8-appt8-batch1b.jsonl", "w") as f:
    for src, text, exp in items:
        f.write(json.dumps({"text": text, "expected": exp, "part": "dev", "source": src}, ensure_ascii=False) + "\n")
print(len(items), "items")
