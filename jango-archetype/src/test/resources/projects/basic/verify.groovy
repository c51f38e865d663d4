// After goal.txt's build: what the build itself doesn't exercise. `basedir` is this directory; the generated
// project is project/<artifactId> under it.
def project = new File(basedir, 'project/mysite')
def file = { String path -> new File(project, path) }
['mvnw', 'mvnw.cmd', 'manage', 'manage.cmd', '.mvn/wrapper/maven-wrapper.properties', '.mvn/jvm.config',
 'src/main/resources/logback.xml', 'src/test/resources/logback-test.xml'].each {
    assert file(it).isFile() : "generated project lacks ${it}"
}
// archetype-post-generate.groovy restores the bit the archetype plugin drops (on file systems that have one).
def windows = System.getProperty('os.name').startsWith('Windows')
['mvnw', 'manage'].each { assert !file(it).canRead() || windows || file(it).canExecute() : "${it} is not executable" }
// Not filtered by Velocity: the wrapper's shell variables are intact.
assert file('mvnw').text.contains('${MAVEN_USER_HOME:-${HOME}/.m2}')
assert file('manage').text.contains('${MANAGE_BUILD:-./mvnw -q -B compile}')
assert file('.mvn/wrapper/maven-wrapper.properties').text.contains('distributionUrl=https://repo.maven.apache.org/')
def pom = file('pom.xml').text
assert pom.contains('<artifactId>jango-bom</artifactId>') && pom.contains('<scope>import</scope>')
assert pom.contains('<artifactId>logback-classic</artifactId>') && !pom.contains('slf4j-simple')
assert file('target/lib').list().any { it.startsWith('logback-classic-') }
// The build cached the class path, so ./manage runs commands at once, without building again.
assert file('target/manage.classpath').isFile()
assert pom.contains('<main.class>com.example.mysite.Main</main.class>')
if (!windows) {
    def env = ["JAVA_HOME=${System.getProperty('java.home')}", "PATH=${System.getenv('PATH')}", "HOME=${System.getProperty('user.home')}"]
    def manage = { List<String> args ->
        def process = (['sh', new File(project, 'manage').path] + args).execute(env as String[], basedir)
        def out = new StringBuilder(), err = new StringBuilder()
        process.waitForProcessOutput(out, err)
        [process.exitValue(), out.toString(), err.toString()]
    }
    def (code, out, err) = manage(['routes'])
    assert code == 0 && out.contains('pages:home') && out.contains('pages:hello') : "./manage routes: ${code}\n${out}\n${err}"
    assert !err.contains('Building') : "./manage rebuilt a fresh build: ${err}"
    (code, out, err) = manage(['check'])
    assert code == 0 && out.contains('System check identified no issues') : "./manage check: ${code}\n${out}\n${err}"
    (code, out, err) = manage(['nosuchcommand'])
    assert code != 0 && err.contains('nosuchcommand') : "./manage nosuchcommand: ${code}\n${out}\n${err}"
}
true
