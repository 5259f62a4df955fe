// Run by maven-invoker-plugin after "mvn compile exec:java": the example must have printed the
// reconciled groups of its two articles (12 then 15 killed: an UPDATE; 40 then more than 60 injured)
// and written its HTML report.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\d+ claims in \d+ groups/ : 'the example printed no summary line'
assert log.contains('group KILLED PERSON') : 'no KILLED group printed'
assert log.contains('group INJURED PERSON') : 'no INJURED group printed'
assert log.contains('UPDATE') : 'the 12 -> 15 update was not found'
assert log.contains('«مقتل 12 شخصاً»') : 'the Arabic quote was not printed intact'
def report = new File(basedir, 'report.html')
assert report.isFile() : 'report.html was not written'
assert report.getText('UTF-8').contains('<svg') : 'report.html has no timeline'
return true
