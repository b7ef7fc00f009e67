"""Round-4 appointments batch 19 (third shift): hand-labelled before scoring."""
import json
Q = "; text (c) its publisher, quoted for evaluation; labelled by hand"
def P(person, title, company): return {"person": person, "title": title, "company": company}
MJ = "https://news.maritimejobs.com/news/c/maritime-jobs/port-jobs"
MJ2 = "http://news.maritimejobs.com/news/c/maritime-jobs/port-jobs"
items = [
 ("Rene Olivieri is to become the new chairman of the National Trust the charity has announced.", None,
  "https://iframe.standard.co.uk/news/uk/national-trust-rspca-media-department-for-culture-england-b972116.html"),
 ("Former Royal British Legion chief reveals next charity role\nThe former head of the Royal British Legion has been appointed chief executive of the oracy charity the English-Speaking Union.", None,
  "https://richestmofo.com/2024/02/15/former-royal-british-legion-chief-reveals-next-charity-role/"),
 ("The ESU said today that Byrne would take over in March from Jane Easton, who is stepping down after 10 years in the role.", None,
  "https://richestmofo.com/2024/02/15/former-royal-british-legion-chief-reveals-next-charity-role/"),
 ("Brain Tumour Charity announces new interim chief executive\nThe Brain Tumour Charity has appointed an interim chief executive, who will replace its former boss just seven months after he took up the position.", None,
  "https://www.thirdsector.co.uk/brain-tumour-charity-announces-new-interim-chief-executive/management/article/1793266"),
 ("Another member of the charity's board of trustees, Graham Lindsay, will take up the position of interim deputy chief executive \u2013 a new, part-time role created to assist Norton \u2013 in the meantime.", None,
  "https://www.thirdsector.co.uk/brain-tumour-charity-announces-new-interim-chief-executive/management/article/1793266"),
 ("The former boss of the charity UK Youth has accepted the chief executive job at London's biggest food redistribution charity.\nCharlotte Hill, who will join The Felix Project in January, succeeds Mark Curtin, who left the charity in August to become head of the youth cricket and disability sports charity The Lord's Taverners.",
  P("Charlotte Hill", "chief executive", ["The Felix Project", "Felix Project"]), "https://richestmofo.com/?p=23882"),
 ("A senior manager at Europe's largest commercial radio group has been appointed chief executive of a leading children's charity.\nDalton Leong, from Epsom, has been given the role at The Children's Trust, based in Tadworth.",
  P("Dalton Leong", "chief executive", ["The Children's Trust", "Children's Trust"]), "http://www.thisislocallondon.co.uk/news/10251564.New_chief_executive_appointed_at_leading_children_s_charity/"),
 ("Mr Leong will take over as chief executive in April, upon the retirement of Andrew Ross who has been in the post since 1992.", None,
  "http://www.thisislocallondon.co.uk/news/10251564.New_chief_executive_appointed_at_leading_children_s_charity/"),
 ("Port of Melbourne Welcomes New Chair Debbie Goodin\nPort of Melbourne announced Debbie Goodin has been appointed independent Chair of the Board of Directors, effective March 1, 2025.", None, MJ),
 ("Port NOLA Names Beth Ann Branch President & CEO\nThe Port of New Orleans (Port NOLA) Board of Commissioners has announced the appointment of Beth Ann Branch as President and Chief Executive Officer, effective December 1, 2024.",
  P("Beth Ann Branch", "President & CEO", ["Port NOLA", "Port of New Orleans"]), MJ),
 ("Vancouver Fraser Port Authority Names Madiwal as VP of Operations and Supply Chain\nThe Vancouver Fraser Port Authority announced Captain Shri Madiwal has been appointed as Vice President of Operations and Supply Chain, effective immediately.",
  P("Shri Madiwal", "Vice President of Operations and Supply Chain", "Vancouver Fraser Port Authority"), MJ),
 ("Carter Sworn In as Milwaukee Port Director\nThe City of Milwaukee's new Municipal Port Director officially took office on Thursday during a swearing-in ceremony at City Hall.", None, MJ2),
 ("Ports of Indiana Names Peacock as New CEO\nPorts of Indiana has named Jody Peacock as the new chief executive officer for the statewide port authority which operates three ports on the Ohio River and Lake Michigan.",
  P("Jody Peacock", "chief executive officer", "Ports of Indiana"), MJ2),
 ("Makassar Port Workers Lack Digital Skills. Vocational Schools Can Be the Solution\nThe city of Makassar in South Sulawesi, Indonesia has seen fast economic growth in the past few years.", None, MJ2),
 ("In Q4 last year the Maersk Group announced one of its most radical managerial changes in its history.", None,
  "http://www.containerst.com/news/view,top-20-leaders-knowledge-is-power_49841.htm"),
 ("Maersk Container Industry appoints new CEO\nMaersk Container Industry has appointed Sean Fitzgerald as chief executive officer effective January 1, 2018.",
  P("Sean Fitzgerald", "chief executive officer", "Maersk Container Industry"), "https://splash247.com/maersk-container-industry-appoints-new-ceo/"),
 ("Fitzgerald moves from his role of president at Joy Global China, part of the Japanese manufacturing company Komatsu Mining, and has previously held numerous executive positions at General Electric.", None,
  "https://splash247.com/maersk-container-industry-appoints-new-ceo/"),
 ("The South Carolina State Ports Authority's board of directors voted Tuesday to hire James I. \"Jim\" Newsome III as president and chief executive officer, effective Sept. 1.",
  P(["James I. Newsome", "James I. Newsome III", "Jim Newsome"], "president and chief executive officer", "South Carolina State Ports Authority"), "http://en.shippingchina.com/sailingnews/index/detail/type/Port/id/10394.html"),
 ("At Hapag-Lloyd, Newsome will be succeeded by Wolfgang Freese, senior vice president for Gulf-Pacific of Hapag-Lloyd.", None,
  "http://en.shippingchina.com/sailingnews/index/detail/type/Port/id/10394.html"),
 ("Peter Levesque Named President of CMA CGM America, APL\nIn late November, the CMA CGM Group, a global sea, land, air and logistics solutions company led by Chairman and Chief Executive Officer Rodolphe Saad\u00e9, announced that Ed Aldridge, president of CMA CGM America and American President Lines (APL), would retire on Dec. 6.",
  P("Peter Levesque", "President", ["CMA CGM America", "CMA CGM America, APL"]), "https://pacmar.com/article/newsmakers-5/"),
 ("Peter Levesque, an international global supply chain executive with more than 30 years of industry leadership experience, assumed the presidency of both CMA CGM America and APL upon his departure.",
  P("Peter Levesque", "president", ["CMA CGM America", "CMA CGM America and APL"]), "https://pacmar.com/article/newsmakers-5/"),
]
with open(__file__.replace("mk_b19.py", "appt_r4_b19.jsonl"), "w") as f:
    for text, exp, src in items:
        f.write(json.dumps({"text": text, "expected": exp, "part": "dev", "source": src + Q}, ensure_ascii=False) + "\n")
print(len(items), sum(1 for i in items if i[1]))
