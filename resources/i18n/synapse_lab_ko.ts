<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>not loaded yet</source>
        <translation>아직 불러오지 않음</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>{version} on {system}</source>
        <translation>{version} ({system})</translation>
    </message>
    <message>
        <source>See deep learning happen: every view is driven by a real PyTorch model training live.</source>
        <translation>딥러닝이 일어나는 모습을 직접 보세요. 모든 화면은 실시간으로 학습하는 실제 PyTorch 모델이 움직입니다.</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrix</name>
    <message>
        <source>predicted</source>
        <translation>예측</translation>
    </message>
    <message>
        <source>true</source>
        <translation>정답</translation>
    </message>
    <message>
        <source>share of the true class</source>
        <translation>정답 클래스 중 비율</translation>
    </message>
    <message>
        <source>The confusion matrix appears after training.</source>
        <translation>혼동 행렬은 학습한 뒤에 나타납니다.</translation>
    </message>
    <message>
        <source>No examples counted yet.</source>
        <translation>아직 센 예제가 없습니다.</translation>
    </message>
    <message>
        <source>Accuracy: {accuracy:.1f} % ({correct:,} of {total:,} right)</source>
        <translation>정확도: {accuracy:.1f} % ({total:,}개 중 {correct:,}개 정답)</translation>
    </message>
    <message>
        <source>true {true}, predicted {predicted}: {count:g} ({share:.1f} % of {true})</source>
        <translation>정답 {true}, 예측 {predicted}: {count:g} ({true} 중 {share:.1f} %)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Error while running: {error}</source>
        <translation>실행 중 오류: {error}</translation>
    </message>
    <message>
        <source>An error in the plugin “{plugin}”: {error}</source>
        <translation>플러그인 “{plugin}”에서 오류: {error}</translation>
    </message>
    <message>
        <source>An error in the plugin “{plugin}” interrupted what you were doing:</source>
        <translation>플러그인 “{plugin}”에서 오류가 나서 하던 작업이 중단되었습니다:</translation>
    </message>
    <message>
        <source>An error in Synapse Lab: {error}</source>
        <translation>Synapse Lab 오류: {error}</translation>
    </message>
    <message>
        <source>An error in Synapse Lab interrupted what you were doing:</source>
        <translation>Synapse Lab에서 오류가 나서 하던 작업이 중단되었습니다:</translation>
    </message>
    <message>
        <source>Synapse Lab keeps running; your other pages are not affected.</source>
        <translation>Synapse Lab은 계속 실행됩니다. 다른 페이지는 영향을 받지 않습니다.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>문제가 생겼습니다</translation>
    </message>
</context>
<context>
    <name>Experiment</name>
    <message>
        <source>This page&apos;s state cannot be saved as JSON: {error}</source>
        <translation>이 페이지의 상태는 JSON으로 저장할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}</source>
        <translation>{file}을(를) 쓸 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>{file} is too large to be an experiment file.</source>
        <translation>{file}은(는) 실험 파일이라기엔 너무 큽니다.</translation>
    </message>
    <message>
        <source>Could not read {file}: {error}</source>
        <translation>{file}을(를) 읽을 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>{file} is not a Synapse Lab experiment (it is not valid JSON).</source>
        <translation>{file}은(는) Synapse Lab 실험 파일이 아닙니다(올바른 JSON이 아닙니다).</translation>
    </message>
    <message>
        <source>{file} is not a Synapse Lab experiment.</source>
        <translation>{file}은(는) Synapse Lab 실험 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>{file} was saved by a newer Synapse Lab; please update.</source>
        <translation>{file}은(는) 더 새로운 Synapse Lab에서 저장되었습니다. 프로그램을 업데이트하세요.</translation>
    </message>
    <message>
        <source>{file} is damaged: it names no page or holds no settings.</source>
        <translation>{file}이(가) 손상되었습니다: 페이지 이름이나 설정이 없습니다.</translation>
    </message>
    <message>
        <source>{file} is damaged: its settings version is not a whole number.</source>
        <translation>{file}이(가) 손상되었습니다: 설정 버전이 정수가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>This page has no plot to export.</source>
        <translation>이 페이지에는 내보낼 그래프가 없습니다.</translation>
    </message>
    <message>
        <source>Export as .png or .svg, not {suffix}.</source>
        <translation>{suffix}이(가) 아니라 .png나 .svg로 내보내세요.</translation>
    </message>
    <message>
        <source>Export as .png or .svg, not a file without a suffix.</source>
        <translation>확장자 없는 파일이 아니라 .png나 .svg로 내보내세요.</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>Nothing to show yet.</source>
        <translation>아직 보여 줄 것이 없습니다.</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>값 없음</translation>
    </message>
    <message>
        <source>x = {x}, y = {y}: {value}</source>
        <translation>x = {x}, y = {y}: {value}</translation>
    </message>
</context>
<context>
    <name>ImageGrid</name>
    <message>
        <source>No images to show yet.</source>
        <translation>아직 보여 줄 이미지가 없습니다.</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>The previous job of “{title}” has not stopped within {seconds:g} s, so no new job was started beside it. It will stop by itself; try again then.</source>
        <translation>“{title}”의 이전 작업이 {seconds:g}초 안에 멈추지 않아서 새 작업을 함께 시작하지 않았습니다. 이전 작업은 스스로 멈춥니다. 그때 다시 해 보세요.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This plugin could not be loaded: see why</source>
        <translation>이 플러그인을 불러올 수 없었습니다: 이유 보기</translation>
    </message>
    <message>
        <source>This plugin failed to load, so it has no page. Its author can use the details shown here to fix it.</source>
        <translation>이 플러그인은 불러오지 못해서 페이지가 없습니다. 플러그인 작성자는 여기 나온 자세한 내용으로 문제를 고칠 수 있습니다.</translation>
    </message>
    <message>
        <source>The plugin “{name}” could not be loaded</source>
        <translation>플러그인 “{name}”을(를) 불러올 수 없었습니다</translation>
    </message>
    <message>
        <source>PyTorch could not be loaded: {error}</source>
        <translation>PyTorch를 불러올 수 없었습니다: {error}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open experiment…</source>
        <translation>실험 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save experiment…</source>
        <translation>실험 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Export plot as &amp;PNG…</source>
        <translation>그래프를 PNG로 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <source>Export plot as S&amp;VG…</source>
        <translation>그래프를 SVG로 내보내기(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경 설정(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>밝은 테마</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>어두운 테마</translation>
    </message>
    <message>
        <source>&amp;Lesson panel</source>
        <translation>강의 패널(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Plugins</source>
        <translation>플러그인(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Manage plugins…</source>
        <translation>플러그인 관리(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Synapse Lab</source>
        <translation>Synapse Lab 정보(&amp;A)</translation>
    </message>
    <message>
        <source>The language changes the next time Synapse Lab starts.</source>
        <translation>언어는 Synapse Lab을 다음에 시작할 때 바뀝니다.</translation>
    </message>
    <message>
        <source>About Synapse Lab</source>
        <translation>Synapse Lab 정보</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>저장할 것이 없습니다</translation>
    </message>
    <message>
        <source>This page has no experiment to save.</source>
        <translation>이 페이지에는 저장할 실험이 없습니다.</translation>
    </message>
    <message>
        <source>Save experiment</source>
        <translation>실험 저장</translation>
    </message>
    <message>
        <source>Synapse Lab experiments (*.json)</source>
        <translation>Synapse Lab 실험 (*.json)</translation>
    </message>
    <message>
        <source>Could not save the experiment</source>
        <translation>실험을 저장할 수 없었습니다</translation>
    </message>
    <message>
        <source>The page could not give its settings: {error}</source>
        <translation>페이지가 설정을 내주지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} 저장함</translation>
    </message>
    <message>
        <source>Open experiment</source>
        <translation>실험 열기</translation>
    </message>
    <message>
        <source>Synapse Lab experiments (*.json);;All files (*)</source>
        <translation>Synapse Lab 실험 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Could not open the experiment</source>
        <translation>실험을 열 수 없었습니다</translation>
    </message>
    <message>
        <source>It belongs to the page “{page}”, which no installed plugin provides.</source>
        <translation>이 실험은 “{page}” 페이지의 것인데, 설치된 플러그인 중 그 페이지를 제공하는 것이 없습니다.</translation>
    </message>
    <message>
        <source>That page cannot open saved experiments.</source>
        <translation>그 페이지는 저장된 실험을 열 수 없습니다.</translation>
    </message>
    <message>
        <source>It was saved by a newer version of this page (settings version {saved}; this one reads up to {current}). Please update the plugin.</source>
        <translation>이 실험은 이 페이지의 더 새로운 버전에서 저장되었습니다(설정 버전 {saved}, 이 버전은 {current}까지 읽습니다). 플러그인을 업데이트하세요.</translation>
    </message>
    <message>
        <source>it cannot read settings version {saved}</source>
        <translation>설정 버전 {saved}을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>The page refused it: {error}</source>
        <translation>페이지가 이 실험을 거부했습니다: {error}</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} 열었음</translation>
    </message>
    <message>
        <source>Could not export the plot</source>
        <translation>그래프를 내보낼 수 없었습니다</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} 내보냄</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>그래프 내보내기</translation>
    </message>
</context>
<context>
    <name>PageHost</name>
    <message>
        <source>The rest of Synapse Lab works as usual. The details below help the plugin&apos;s author; Plugins ▸ Manage plugins… lists every plugin and its state.</source>
        <translation>Synapse Lab의 나머지 부분은 평소처럼 동작합니다. 아래 자세한 내용은 플러그인 작성자에게 도움이 됩니다. 플러그인 ▸ 플러그인 관리…에서 모든 플러그인과 그 상태를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>자세한 내용 복사</translation>
    </message>
    <message>
        <source>Preparing “{title}”…
PyTorch is loading; the page opens by itself in a moment.</source>
        <translation>“{title}” 준비 중…
PyTorch를 불러오는 중입니다. 잠시 후 페이지가 저절로 열립니다.</translation>
    </message>
    <message>
        <source>{title} could not be opened</source>
        <translation>{title}을(를) 열 수 없었습니다</translation>
    </message>
    <message>
        <source>The plugin “{plugin}” raised an error while building this page: {error}</source>
        <translation>플러그인 “{plugin}”이(가) 이 페이지를 만드는 중에 오류를 냈습니다: {error}</translation>
    </message>
</context>
<context>
    <name>Plugins</name>
    <message>
        <source>Enabled</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>아이디</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>배포 패키지</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>불러옴</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>꺼짐</translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation>플러그인</translation>
    </message>
    <message>
        <source>Every plugin found under the &lt;code&gt;synapse_lab.plugins&lt;/code&gt; entry points. Untick one to disable it; the change takes effect the next time Synapse Lab starts.</source>
        <translation>&lt;code&gt;synapse_lab.plugins&lt;/code&gt; 진입점에서 찾은 모든 플러그인입니다. 체크를 해제하면 그 플러그인이 꺼집니다. 바뀐 내용은 Synapse Lab을 다음에 시작할 때 적용됩니다.</translation>
    </message>
    <message>
        <source>Select a plugin to see its details.</source>
        <translation>플러그인을 고르면 자세한 내용이 보입니다.</translation>
    </message>
    <message>
        <source>(not installed as a package)</source>
        <translation>(패키지로 설치되지 않음)</translation>
    </message>
    <message>
        <source>Plugin:</source>
        <translation>플러그인:</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>모듈:</translation>
    </message>
    <message>
        <source>Distribution:</source>
        <translation>배포 패키지:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>페이지:</translation>
    </message>
    <message>
        <source>Disabled:</source>
        <translation>꺼진 이유:</translation>
    </message>
    <message>
        <source>Error: {error}</source>
        <translation>오류: {error}</translation>
    </message>
    <message>
        <source>Restart Synapse Lab to apply the change.</source>
        <translation>바뀐 내용을 적용하려면 Synapse Lab을 다시 시작하세요.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>System</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <source>Automatic (best available)</source>
        <translation>자동 (가장 좋은 장치)</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <source>Apple GPU (MPS)</source>
        <translation>Apple GPU (MPS)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Compute device:</source>
        <translation>계산 장치:</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>CPU 스레드:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>테마:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>The device applies to training started from now on. The language applies the next time Synapse Lab starts.</source>
        <translation>장치는 지금부터 시작하는 학습에 적용됩니다. 언어는 Synapse Lab을 다음에 시작할 때 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>{s} s left</source>
        <translation>{s}초 남음</translation>
    </message>
    <message>
        <source>{m} min {s:02d} s left</source>
        <translation>{m}분 {s:02d}초 남음</translation>
    </message>
    <message>
        <source>{h} h {m:02d} min left</source>
        <translation>{h}시간 {m:02d}분 남음</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>끝남</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>발산함</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>CPU · 1 thread</source>
        <translation>CPU · 스레드 1개</translation>
    </message>
    <message>
        <source>CPU · {n} threads</source>
        <translation>CPU · 스레드 {n}개</translation>
    </message>
    <message>
        <source>PyTorch unavailable</source>
        <translation>PyTorch를 쓸 수 없음</translation>
    </message>
    <message>
        <source>step {step:,}</source>
        <translation>{step:,}단계</translation>
    </message>
    <message>
        <source>{title} · epoch {epoch} · loss {loss:.4g}</source>
        <translation>{title} · 에포크 {epoch} · 손실 {loss:.4g}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Loading PyTorch…</source>
        <translation>PyTorch 불러오는 중…</translation>
    </message>
    <message>
        <source>The device new training jobs run on (File ▸ Preferences to change it)</source>
        <translation>새 학습 작업이 실행되는 장치 (파일 ▸ 환경 설정에서 바꿉니다)</translation>
    </message>
    <message>
        <source>{title}: {state}</source>
        <translation>{title}: {state}</translation>
    </message>
</context>
<context>
    <name>TrainingBar</name>
    <message>
        <source>about {seconds} s left</source>
        <translation>약 {seconds}초 남음</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>약 {minutes}분 남음</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <source>Train one step, then pause</source>
        <translation>한 단계만 학습하고 일시 정지</translation>
    </message>
    <message>
        <source>These settings cannot be trained.</source>
        <translation>이 설정으로는 학습할 수 없습니다.</translation>
    </message>
    <message>
        <source>All {total} steps are done; press Reset or Play to train again</source>
        <translation>{total}단계를 모두 마쳤습니다. 다시 학습하려면 초기화나 재생을 누르세요</translation>
    </message>
    <message>
        <source>Training failed: {error}</source>
        <translation>학습 실패: {error}</translation>
    </message>
    <message>
        <source>Running · step {step} of {total}</source>
        <translation>실행 중 · {total}단계 중 {step}단계</translation>
    </message>
    <message>
        <source>Running · step {step}</source>
        <translation>실행 중 · {step}단계</translation>
    </message>
    <message>
        <source>Paused at step {step}</source>
        <translation>{step}단계에서 일시 정지</translation>
    </message>
    <message>
        <source>Finished after {steps} steps</source>
        <translation>{steps}단계 만에 끝남</translation>
    </message>
    <message>
        <source>Stopped at step {step}</source>
        <translation>{step}단계에서 멈춤</translation>
    </message>
    <message>
        <source>Diverged at step {step}</source>
        <translation>{step}단계에서 발산함</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>실패: {error}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Pause training</source>
        <translation>학습 일시 정지</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Resume training</source>
        <translation>학습 계속</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>학습 시작</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>정지</translation>
    </message>
    <message>
        <source>Stop training; the model keeps what it learned</source>
        <translation>학습을 멈춥니다. 모델은 배운 것을 그대로 간직합니다</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>Start again from fresh weights</source>
        <translation>새 가중치로 처음부터 다시 시작</translation>
    </message>
</context>
</TS>
