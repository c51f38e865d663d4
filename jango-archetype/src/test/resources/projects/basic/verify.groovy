// After goal.txt's build: what the build itself doesn't exercise. `basedir` is this directory; the generated
// project is project/<artifactId> under it.
def project = new File(basedir, 'project/mysite')
def file = { String path -> new File(project, path) }
['mvnw', 'mvnw.cmd', '.mvn/wrapper/maven-wrapper.properties',
 'src/main/resources/logback.xml', 'src/test/resources/logback-test.xml'].each {
    assert file(it).isFile() : "generated project lacks ${it}"
}
// archetype-post-generate.groovy restores the bit the archetype plugin drops (on file systems that have one).
assert !file('mvnw').canRead() || System.getProperty('os.name').startsWith('Windows') || file('mvnw').canExecute() : 'mvnw is not executable'
// Not filtered by Velocity: the wrapper's shell variables are intact.
assert file('mvnw').text.contains('${MAVEN_USER_HOME:-${HOME}/.m2}')
assert file('.mvn/wrapper/maven-wrapper.properties').text.contains('distributionUrl=https://repo.maven.apache.org/')
def pom = file('pom.xml').text
assert pom.contains('<artifactId>jango-bom</artifactId>') && pom.contains('<scope>import</scope>')
assert pom.contains('<artifactId>logback-classic</artifactId>') && !pom.contains('slf4j-simple')
assert file('target/lib').list().any { it.startsWith('logback-classic-') }
true
