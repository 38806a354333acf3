<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>OptimizerRace</name>
    <message>
        <source>Quadratic bowl</source>
        <translation>2차 그릇</translation>
    </message>
    <message>
        <source>f = ½(μ·u² + L·v²) in coordinates turned by the rotation; L = 1 and μ = 1/κ.</source>
        <translation>f = ½(μ·u² + L·v²), 좌표축은 회전만큼 돌아가 있고 L = 1, μ = 1/κ입니다.</translation>
    </message>
    <message>
        <source>Rosenbrock valley</source>
        <translation>로젠브록 계곡</translation>
    </message>
    <message>
        <source>f = (1 − x)² + 100(y − x²)²: a curved, narrow valley; the minimum 0 is at (1, 1).</source>
        <translation>f = (1 − x)² + 100(y − x²)²: 휘어진 좁은 계곡이며, 최저값 0은 (1, 1)에 있습니다.</translation>
    </message>
    <message>
        <source>Beale</source>
        <translation>빌(Beale)</translation>
    </message>
    <message>
        <source>Flat plains and steep walls; the minimum 0 is at (3, 0.5).</source>
        <translation>평평한 들판과 가파른 벽이 있고, 최저값 0은 (3, 0.5)에 있습니다.</translation>
    </message>
    <message>
        <source>Himmelblau</source>
        <translation>힘멜블라우</translation>
    </message>
    <message>
        <source>Four equally deep minima: where an optimizer ends depends on its path.</source>
        <translation>깊이가 같은 최저점이 네 개: 옵티마이저가 어디에 도착할지는 경로에 달려 있습니다.</translation>
    </message>
    <message>
        <source>Saddle</source>
        <translation>안장점</translation>
    </message>
    <message>
        <source>f = x² − y² + y⁴/2: a saddle at the origin between two minima at (0, ±1).</source>
        <translation>f = x² − y² + y⁴/2: 원점의 안장점과 (0, ±1)의 두 최저점.</translation>
    </message>
    <message>
        <source>Rastrigin (many minima)</source>
        <translation>라스트리긴 (지역 최저점이 많음)</translation>
    </message>
    <message>
        <source>A bowl covered in ripples: dozens of local minima around the global one at (0, 0).</source>
        <translation>물결로 덮인 그릇: (0, 0)의 전역 최저점 주위에 수십 개의 지역 최저점이 있습니다.</translation>
    </message>
    <message>
        <source>Plateau and cliff</source>
        <translation>평원과 절벽</translation>
    </message>
    <message>
        <source>A flat plateau ends at a steep cliff; a shallow bowl waits at the bottom near (1.5, 0).</source>
        <translation>평평한 평원이 가파른 절벽에서 끝나고, 아래 (1.5, 0) 근처에 얕은 그릇이 있습니다.</translation>
    </message>
    <message>
        <source>Your formula</source>
        <translation>직접 입력한 식</translation>
    </message>
    <message>
        <source>Type any formula in x and y.</source>
        <translation>x와 y로 된 식을 입력하세요.</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>How far each step moves, per unit of gradient.</source>
        <translation>경사도 한 단위당 한 단계에 움직이는 거리.</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>코사인</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>워밍업</translation>
    </message>
    <message>
        <source>constant; step: halve every quarter of the run; cosine: ease to 0; warm-up: grow from 1 % over the first tenth</source>
        <translation>일정; 단계: 실행의 4분의 1마다 절반으로; 코사인: 0까지 부드럽게 감소; 워밍업: 처음 10분의 1 동안 1 %에서 증가</translation>
    </message>
    <message>
        <source>momentum β</source>
        <translation>모멘텀 β</translation>
    </message>
    <message>
        <source>How much of the last step is kept.</source>
        <translation>직전 단계를 얼마나 유지하는지.</translation>
    </message>
    <message>
        <source>epsilon</source>
        <translation>엡실론</translation>
    </message>
    <message>
        <source>Keeps the division safe where gradients are tiny.</source>
        <translation>경사도가 아주 작은 곳에서 나눗셈을 안전하게 합니다.</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>경사 하강법</translation>
    </message>
    <message>
        <source>torch.optim.SGD: step = −lr · gradient.</source>
        <translation>torch.optim.SGD: 단계 = −학습률 · 경사도.</translation>
    </message>
    <message>
        <source>SGD (noisy)</source>
        <translation>SGD (잡음)</translation>
    </message>
    <message>
        <source>mini-batch size</source>
        <translation>미니배치 크기</translation>
    </message>
    <message>
        <source>Noise in the gradient shrinks like 1/√batch.</source>
        <translation>경사도의 잡음은 1/√배치 크기로 줄어듭니다.</translation>
    </message>
    <message>
        <source>torch.optim.SGD with a noisy gradient, as a mini-batch would give.</source>
        <translation>미니배치처럼 잡음이 섞인 경사도를 쓰는 torch.optim.SGD.</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <source>torch.optim.SGD(momentum=β): a velocity that remembers past gradients.</source>
        <translation>torch.optim.SGD(momentum=β): 지난 경사도를 기억하는 속도.</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>네스테로프</translation>
    </message>
    <message>
        <source>torch.optim.SGD(momentum=β, nesterov=True): corrects with a look ahead.</source>
        <translation>torch.optim.SGD(momentum=β, nesterov=True): 앞을 내다보고 고칩니다.</translation>
    </message>
    <message>
        <source>AdaGrad</source>
        <translation>AdaGrad</translation>
    </message>
    <message>
        <source>torch.optim.Adagrad: divides by the root of all past squared gradients.</source>
        <translation>torch.optim.Adagrad: 지난 모든 경사도 제곱 합의 제곱근으로 나눕니다.</translation>
    </message>
    <message>
        <source>RMSProp</source>
        <translation>RMSProp</translation>
    </message>
    <message>
        <source>smoothing α</source>
        <translation>평활 α</translation>
    </message>
    <message>
        <source>How slowly the average of squared gradients forgets.</source>
        <translation>경사도 제곱의 평균이 얼마나 천천히 잊는지.</translation>
    </message>
    <message>
        <source>torch.optim.RMSprop: divides by a running root-mean-square of the gradient.</source>
        <translation>torch.optim.RMSprop: 경사도의 이동 제곱평균제곱근으로 나눕니다.</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>β₁ (momentum)</source>
        <translation>β₁ (모멘텀)</translation>
    </message>
    <message>
        <source>β₂ (squares)</source>
        <translation>β₂ (제곱)</translation>
    </message>
    <message>
        <source>torch.optim.Adam: momentum plus RMSProp scaling, with bias correction.</source>
        <translation>torch.optim.Adam: 모멘텀에 RMSProp 스케일링을 더하고 편향을 보정합니다.</translation>
    </message>
    <message>
        <source>Newton</source>
        <translation>뉴턴 방법</translation>
    </message>
    <message>
        <source>step scale</source>
        <translation>단계 배율</translation>
    </message>
    <message>
        <source>1 is the full Newton step.</source>
        <translation>1이면 뉴턴 단계 전체.</translation>
    </message>
    <message>
        <source>damping λ</source>
        <translation>감쇠 λ</translation>
    </message>
    <message>
        <source>Solves (H + λI)·step = gradient: safer where the Hessian is not positive.</source>
        <translation>(H + λI)·단계 = 경사도를 풉니다: 헤시언 행렬이 양정치가 아닌 곳에서 더 안전합니다.</translation>
    </message>
    <message>
        <source>Solves H · step = gradient with the Hessian H from autograd.</source>
        <translation>autograd로 구한 헤시언 행렬 H로 H · 단계 = 경사도를 풉니다.</translation>
    </message>
    <message>
        <source>Conjugate gradient</source>
        <translation>켤레 경사도</translation>
    </message>
    <message>
        <source>formula for β</source>
        <translation>β 공식</translation>
    </message>
    <message>
        <source>Polak–Ribière</source>
        <translation>폴락–리비에르</translation>
    </message>
    <message>
        <source>Fletcher–Reeves</source>
        <translation>플레처–리브스</translation>
    </message>
    <message>
        <source>Line search along directions that keep the progress of the previous ones.</source>
        <translation>앞선 방향의 진전을 지키는 방향을 따라 직선 탐색을 합니다.</translation>
    </message>
    <message>
        <source>L-BFGS</source>
        <translation>L-BFGS</translation>
    </message>
    <message>
        <source>history size</source>
        <translation>기록 크기</translation>
    </message>
    <message>
        <source>torch.optim.LBFGS with a strong-Wolfe line search: a Hessian guessed from past gradients.</source>
        <translation>강한 울프 조건 직선 탐색을 쓰는 torch.optim.LBFGS: 지난 경사도로 헤시언 행렬을 추정합니다.</translation>
    </message>
    <message>
        <source>The long narrow valley: momentum wins</source>
        <translation>길고 좁은 계곡: 모멘텀의 승리</translation>
    </message>
    <message>
        <source>κ = 100: gradient descent zig-zags across the valley and crawls along it; momentum&apos;s sideways swings die out while it builds up speed along the floor.</source>
        <translation>κ = 100: 경사 하강법은 계곡을 가로질러 지그재그로 움직이며 계곡을 따라서는 기어갑니다. 모멘텀은 옆으로 흔들림이 잦아들고 계곡 바닥을 따라 속도가 붙습니다.</translation>
    </message>
    <message>
        <source>The saddle where plain gradient descent stalls</source>
        <translation>경사 하강법이 멈추는 안장점</translation>
    </message>
    <message>
        <source>The gradient almost vanishes near the saddle: gradient descent waits there; momentum and Adam roll off; Newton&apos;s method jumps straight onto the saddle.</source>
        <translation>안장점 근처에서는 경사도가 거의 사라집니다: 경사 하강법은 거기서 기다리고, 모멘텀과 Adam은 굴러 내려가며, 뉴턴 방법은 곧장 안장점으로 뛰어듭니다.</translation>
    </message>
    <message>
        <source>Newton in one step on a quadratic</source>
        <translation>2차 함수에서 한 번에 도착하는 뉴턴 방법</translation>
    </message>
    <message>
        <source>On a quadratic the Hessian describes the whole surface, so Newton&apos;s method lands on the minimum in one step; conjugate gradient needs two, one per dimension.</source>
        <translation>2차 함수에서는 헤시언 행렬이 곡면 전체를 나타내므로 뉴턴 방법은 한 단계 만에 최저점에 도착합니다. 켤레 경사도는 차원마다 하나씩 두 단계가 필요합니다.</translation>
    </message>
    <message>
        <source>Too large a learning rate</source>
        <translation>너무 큰 학습률</translation>
    </message>
    <message>
        <source>L = 1 here, so gradient descent is stable only for a learning rate below 2/L = 2. At 2.1 every step overshoots further.</source>
        <translation>여기서 L = 1이므로 경사 하강법은 학습률이 2/L = 2보다 작을 때만 안정합니다. 2.1에서는 단계마다 더 멀리 넘어갑니다.</translation>
    </message>
    <message>
        <source>Noisy gradients: mini-batch size</source>
        <translation>잡음 섞인 경사도: 미니배치 크기</translation>
    </message>
    <message>
        <source>SGD&apos;s gradient comes from a small batch, so it is noisy; raise the mini-batch size to calm it.</source>
        <translation>SGD의 경사도는 작은 배치에서 나오므로 잡음이 있습니다. 미니배치 크기를 키우면 잠잠해집니다.</translation>
    </message>
    <message>
        <source>Many local minima</source>
        <translation>많은 지역 최저점</translation>
    </message>
    <message>
        <source>Every ripple is a trap for a careful optimizer: gradient descent stops in the nearest one. Noise and momentum carry the others over the ridges into other ripples.</source>
        <translation>물결 하나하나가 신중한 옵티마이저에게는 함정입니다: 경사 하강법은 가장 가까운 물결에서 멈춥니다. 잡음과 모멘텀은 다른 옵티마이저를 능선 너머 다른 물결로 데려갑니다.</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>스케줄</translation>
    </message>
    <message>
        <source>start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>log₁₀(loss − lowest)&lt;br&gt;darker is higher</source>
        <translation>log₁₀(손실 − 최저값)&lt;br&gt;어두울수록 높음</translation>
    </message>
    <message>
        <source>loss&lt;br&gt;darker is higher</source>
        <translation>손실&lt;br&gt;어두울수록 높음</translation>
    </message>
    <message>
        <source>Racing (click one for its settings)</source>
        <translation>경주 중 (클릭하면 설정 표시)</translation>
    </message>
    <message>
        <source>No optimizer is in the race.</source>
        <translation>경주 중인 옵티마이저가 없습니다.</translation>
    </message>
    <message>
        <source>not in the race</source>
        <translation>경주에 없음</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>{name} settings</source>
        <translation>{name} 설정</translation>
    </message>
    <message>
        <source>the Hessian is singular here, so Newton&apos;s step is undefined (add damping)</source>
        <translation>여기서 헤시언 행렬이 특이 행렬이라 뉴턴 단계를 정할 수 없습니다 (감쇠를 더하세요)</translation>
    </message>
    <message>
        <source>slow</source>
        <translation>느리게</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>fast</source>
        <translation>빠르게</translation>
    </message>
    <message>
        <source>fastest</source>
        <translation>가장 빠르게</translation>
    </message>
    <message>
        <source>Optimizer race</source>
        <translation>최적화 경주</translation>
    </message>
    <message>
        <source>Every optimizer starts from the same point. Click the map or drag the start marker: the race is run again at once with PyTorch&apos;s own optimizers.</source>
        <translation>모든 옵티마이저가 같은 점에서 출발합니다. 지도를 클릭하거나 시작 표시를 끌면 PyTorch의 옵티마이저로 경주를 곧바로 다시 실행합니다.</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>경주</translation>
    </message>
    <message>
        <source>Momentum theory</source>
        <translation>모멘텀 이론</translation>
    </message>
    <message>
        <source>Condition number κ = L/μ of the bowl</source>
        <translation>그릇의 조건수 κ = L/μ</translation>
    </message>
    <message>
        <source>Rotation of the bowl&apos;s axes, in degrees</source>
        <translation>그릇 축의 회전 (도)</translation>
    </message>
    <message>
        <source>rotation°</source>
        <translation>회전°</translation>
    </message>
    <message>
        <source>a formula in x and y, e.g. x**2 + 3*sin(y)</source>
        <translation>x와 y로 된 식, 예: x**2 + 3*sin(y)</translation>
    </message>
    <message>
        <source>The map shows x and y from −this to +this</source>
        <translation>지도는 x와 y를 −이 값부터 +이 값까지 보여 줍니다</translation>
    </message>
    <message>
        <source>Lesson presets</source>
        <translation>수업 예제</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <source>Save every trajectory (step, x, y, loss, gradient) as a CSV file</source>
        <translation>모든 궤적(단계, x, y, 손실, 경사도)을 CSV 파일로 저장합니다</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>곡면</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Contour map</source>
        <translation>등고선 지도</translation>
    </message>
    <message>
        <source>3-D surface</source>
        <translation>3차원 곡면</translation>
    </message>
    <message>
        <source>loss − lowest</source>
        <translation>손실 − 최저값</translation>
    </message>
    <message>
        <source>Tick at least one optimizer on the right to race it.</source>
        <translation>오른쪽에서 옵티마이저를 하나 이상 선택하면 경주합니다.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <source>One step forward</source>
        <translation>한 단계 앞으로</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>재생 속도</translation>
    </message>
    <message>
        <source>step {step} of {total}</source>
        <translation>{total}단계 중 {step}단계</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Could not run the race: {error}</source>
        <translation>경주를 실행할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>This is the last step of the race.</source>
        <translation>경주의 마지막 단계입니다.</translation>
    </message>
    <message>
        <source>Arrows for {name} at step {step}: dashed, the steepest way down (−gradient); solid, the step it actually takes.</source>
        <translation>{step}단계의 {name} 화살표: 점선은 가장 가파른 내리막(−경사도), 실선은 실제로 움직이는 단계.</translation>
    </message>
    <message>
        <source>Select an optimizer on the right to see its gradient and its step as arrows.</source>
        <translation>오른쪽에서 옵티마이저를 선택하면 경사도와 단계를 화살표로 보여 줍니다.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <source>There is no race to export yet.</source>
        <translation>아직 내보낼 경주가 없습니다.</translation>
    </message>
    <message>
        <source>Export the race as CSV</source>
        <translation>경주를 CSV로 내보내기</translation>
    </message>
    <message>
        <source>Saved the trajectories to {path}.</source>
        <translation>궤적을 {path}에 저장했습니다.</translation>
    </message>
    <message>
        <source>Could not save the CSV file: {error}</source>
        <translation>CSV 파일을 저장할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>The saved experiment is not a set of named settings.</source>
        <translation>저장된 실험이 이름 붙은 설정의 모음이 아닙니다.</translation>
    </message>
    <message>
        <source>The experiment names a surface this page does not know: {name}.</source>
        <translation>실험이 이 페이지가 모르는 곡면을 가리킵니다: {name}.</translation>
    </message>
    <message>
        <source>The start point must be two numbers.</source>
        <translation>시작점은 수 두 개여야 합니다.</translation>
    </message>
    <message>
        <source>The list of optimizers names one this page does not know.</source>
        <translation>옵티마이저 목록에 이 페이지가 모르는 것이 있습니다.</translation>
    </message>
    <message>
        <source>The condition number κ</source>
        <translation>조건수 κ</translation>
    </message>
    <message>
        <source>The rotation</source>
        <translation>회전</translation>
    </message>
    <message>
        <source>The half-width of the map</source>
        <translation>지도의 반폭</translation>
    </message>
    <message>
        <source>The number of steps</source>
        <translation>단계 수</translation>
    </message>
    <message>
        <source>The theory tab&apos;s κ must be a number from 1 to 10000, not {value}.</source>
        <translation>이론 탭의 κ는 1에서 10000 사이의 수여야 합니다. {value}는 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The tab must be a number from 0 to {last}, not {value}.</source>
        <translation>탭은 0에서 {last} 사이의 수여야 합니다. {value}는 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>{what} must be a whole number from {low} to {high}, not {value}.</source>
        <translation>{what}은(는) {low}에서 {high} 사이의 정수여야 합니다. {value}는 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>{what} must be a number from {low} to {high}, not {value}.</source>
        <translation>{what}은(는) {low}에서 {high} 사이의 수여야 합니다. {value}는 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The optimizer settings must be named by surface.</source>
        <translation>옵티마이저 설정은 곡면별로 이름이 붙어 있어야 합니다.</translation>
    </message>
    <message>
        <source>The settings name a surface this page does not know: {name}.</source>
        <translation>설정이 이 페이지가 모르는 곡면을 가리킵니다: {name}.</translation>
    </message>
    <message>
        <source>The settings for {surface} must be named by optimizer.</source>
        <translation>{surface}의 설정은 옵티마이저별로 이름이 붙어 있어야 합니다.</translation>
    </message>
    <message>
        <source>diverged at step {step}</source>
        <translation>{step}단계에서 발산</translation>
    </message>
    <message>
        <source>reached the minimum ({tolerance}) in 1 step</source>
        <translation>1단계 만에 최저점 도달 ({tolerance})</translation>
    </message>
    <message>
        <source>reached the minimum ({tolerance}) in {steps} steps</source>
        <translation>{steps}단계 만에 최저점 도달 ({tolerance})</translation>
    </message>
    <message>
        <source>stopped at step {steps}: {reason}</source>
        <translation>{steps}단계에서 멈춤: {reason}</translation>
    </message>
    <message>
        <source>stalled on a plateau: loss {loss}</source>
        <translation>평원에서 정체: 손실 {loss}</translation>
    </message>
    <message>
        <source>settled in a minimum: loss {loss}</source>
        <translation>최저점에 정착: 손실 {loss}</translation>
    </message>
    <message>
        <source>closing in on the minimum after {steps} steps: loss {loss}</source>
        <translation>{steps}단계 후 최저점에 접근 중: 손실 {loss}</translation>
    </message>
    <message>
        <source>trapped in a local minimum: loss {loss} (the best is {best})</source>
        <translation>지역 최저점에 갇힘: 손실 {loss} (최저값은 {best})</translation>
    </message>
    <message>
        <source>stuck at a saddle: loss {loss}</source>
        <translation>안장점에 멈춤: 손실 {loss}</translation>
    </message>
    <message>
        <source>stuck on a hilltop: loss {loss}</source>
        <translation>언덕 꼭대기에 멈춤: 손실 {loss}</translation>
    </message>
    <message>
        <source>still going after {steps} steps: loss {loss}</source>
        <translation>{steps}단계 후에도 진행 중: 손실 {loss}</translation>
    </message>
    <message>
        <source>The 3-D view needs PyOpenGL, which is missing from this installation: reinstall Synapse Lab. The contour map shows the same race.</source>
        <translation>3차원 보기에는 PyOpenGL이 필요한데 이 설치에 없습니다: Synapse Lab을 다시 설치하세요. 등고선 지도가 같은 경주를 보여 줍니다.</translation>
    </message>
    <message>
        <source>The 3-D view needs OpenGL, which this screen cannot draw (for example over a remote connection without graphics). The contour map shows the same race.</source>
        <translation>3차원 보기에는 OpenGL이 필요한데 이 화면은 그릴 수 없습니다(예: 그래픽이 없는 원격 연결). 등고선 지도가 같은 경주를 보여 줍니다.</translation>
    </message>
    <message>
        <source>Open this tab to draw the surface in 3-D.</source>
        <translation>이 탭을 열면 곡면을 3차원으로 그립니다.</translation>
    </message>
    <message>
        <source>The 3-D view could not start OpenGL ({error}). The contour map shows the same race.</source>
        <translation>3차원 보기가 OpenGL을 시작하지 못했습니다({error}). 등고선 지도가 같은 경주를 보여 줍니다.</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>즉시</translation>
    </message>
    <message>
        <source>never</source>
        <translation>수렴하지 않음</translation>
    </message>
    <message>
        <source>{steps} steps per digit</source>
        <translation>자릿수당 {steps}단계</translation>
    </message>
    <message>
        <source>Gradient descent with momentum on a quadratic whose curvatures are μ = 1/κ and L = 1. Each pixel is one pair (α, β): its colour is the convergence rate, the factor by which the error shrinks per step in the long run (the spectral radius of the step&apos;s 2 × 2 matrix; smaller is faster, grey diverges).</source>
        <translation>곡률이 μ = 1/κ와 L = 1인 2차 함수에서 모멘텀을 쓴 경사 하강법. 픽셀 하나가 (α, β) 한 쌍이고, 그 색은 수렴률, 곧 오차가 오랫동안 단계마다 줄어드는 비율입니다(한 단계의 2 × 2 행렬의 스펙트럼 반지름; 작을수록 빠르고, 회색은 발산).</translation>
    </message>
    <message>
        <source>Condition number κ = L/μ: how much steeper the steepest direction is than the flattest.</source>
        <translation>조건수 κ = L/μ: 가장 가파른 방향이 가장 완만한 방향보다 몇 배 가파른지.</translation>
    </message>
    <message>
        <source>Condition number κ</source>
        <translation>조건수 κ</translation>
    </message>
    <message>
        <source>Rate of momentum</source>
        <translation>모멘텀의 수렴 속도</translation>
    </message>
    <message>
        <source>learning rate α  (in units of 1/L)</source>
        <translation>학습률 α (1/L 단위)</translation>
    </message>
    <message>
        <source>rate per step (grey: diverges)</source>
        <translation>단계당 수렴률 (회색: 발산)</translation>
    </message>
    <message>
        <source>theoretical optimum</source>
        <translation>이론적 최적점</translation>
    </message>
    <message>
        <source>best on the grid</source>
        <translation>격자에서 가장 좋은 점</translation>
    </message>
    <message>
        <source>gradient descent stable only left of 2/L</source>
        <translation>경사 하강법은 2/L 왼쪽에서만 안정</translation>
    </message>
    <message>
        <source>momentum stable left of 2(1+β)/L</source>
        <translation>모멘텀은 2(1+β)/L 왼쪽에서 안정</translation>
    </message>
    <message>
        <source>Rate against learning rate</source>
        <translation>학습률에 따른 수렴률</translation>
    </message>
    <message>
        <source>learning rate α</source>
        <translation>학습률 α</translation>
    </message>
    <message>
        <source>rate per step (above 1: diverges)</source>
        <translation>단계당 수렴률 (1 초과: 발산)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <source>gradient descent (β = 0)</source>
        <translation>경사 하강법 (β = 0)</translation>
    </message>
    <message>
        <source>momentum (β = β*)</source>
        <translation>모멘텀 (β = β*)</translation>
    </message>
    <message>
        <source>(κ − 1)/(κ + 1)</source>
        <translation>(κ − 1)/(κ + 1)</translation>
    </message>
    <message>
        <source>(√κ − 1)/(√κ + 1)</source>
        <translation>(√κ − 1)/(√κ + 1)</translation>
    </message>
    <message>
        <source>2/L</source>
        <translation>2/L</translation>
    </message>
    <message>
        <source>κ = {kappa}. &lt;b&gt;Theory&lt;/b&gt;: α* = {alpha}, β* = {beta}, rate (√κ − 1)/(√κ + 1) = &lt;b&gt;{rate}&lt;/b&gt; ({digits}). &lt;b&gt;Best on the grid&lt;/b&gt;: α = {best_alpha}, β = {best_beta}, rate &lt;b&gt;{best_rate}&lt;/b&gt;: never better than the theory. Plain gradient descent at best (α = {gd_alpha}): rate (κ − 1)/(κ + 1) = {gd_rate} ({gd_digits}); above α = 2/L it diverges.</source>
        <translation>κ = {kappa}. &lt;b&gt;이론&lt;/b&gt;: α* = {alpha}, β* = {beta}, 수렴률 (√κ − 1)/(√κ + 1) = &lt;b&gt;{rate}&lt;/b&gt; ({digits}). &lt;b&gt;격자에서 가장 좋은 점&lt;/b&gt;: α = {best_alpha}, β = {best_beta}, 수렴률 &lt;b&gt;{best_rate}&lt;/b&gt;: 이론보다 좋을 수는 없습니다. 모멘텀 없는 경사 하강법의 최선(α = {gd_alpha}): 수렴률 (κ − 1)/(κ + 1) = {gd_rate} ({gd_digits}); α = 2/L을 넘으면 발산합니다.</translation>
    </message>
    <message>
        <source>numbers, x, y, pi, e, + - * / ** and the functions {functions}</source>
        <translation>수, x, y, pi, e, + - * / ** 그리고 함수 {functions}</translation>
    </message>
    <message>
        <source>attribute access</source>
        <translation>속성 접근</translation>
    </message>
    <message>
        <source>indexing with [ ]</source>
        <translation>[ ]로 인덱싱</translation>
    </message>
    <message>
        <source>lambda functions</source>
        <translation>람다 함수</translation>
    </message>
    <message>
        <source>comprehensions</source>
        <translation>컴프리헨션</translation>
    </message>
    <message>
        <source>comparisons</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>and/or</source>
        <translation>and/or</translation>
    </message>
    <message>
        <source>if/else expressions</source>
        <translation>if/else 식</translation>
    </message>
    <message>
        <source>tuples</source>
        <translation>튜플</translation>
    </message>
    <message>
        <source>lists</source>
        <translation>리스트</translation>
    </message>
    <message>
        <source>dictionaries</source>
        <translation>딕셔너리</translation>
    </message>
    <message>
        <source>sets</source>
        <translation>집합</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>따옴표 안의 글자</translation>
    </message>
    <message>
        <source>assignments (:=)</source>
        <translation>대입 (:=)</translation>
    </message>
    <message>
        <source>starred arguments</source>
        <translation>별표 인수</translation>
    </message>
    <message>
        <source>Type a formula in x and y, for example x**2 + 3*sin(y).</source>
        <translation>x와 y로 된 식을 입력하세요. 예: x**2 + 3*sin(y).</translation>
    </message>
    <message>
        <source>The formula is too long: keep it under {count} characters.</source>
        <translation>식이 너무 깁니다: {count}자보다 짧게 쓰세요.</translation>
    </message>
    <message>
        <source>Could not read the formula near character {offset}: check the brackets, and write products with * (2*x, not 2x).</source>
        <translation>{offset}번째 글자 근처에서 식을 읽을 수 없습니다: 괄호를 확인하고, 곱셈은 *로 쓰세요 (2x가 아니라 2*x).</translation>
    </message>
    <message>
        <source>Could not read the formula: it is nested too deeply or holds a number too long.</source>
        <translation>식을 읽을 수 없습니다: 너무 깊게 중첩되었거나 너무 긴 수가 있습니다.</translation>
    </message>
    <message>
        <source>The formula is too long: use fewer terms.</source>
        <translation>식이 너무 깁니다: 항을 줄이세요.</translation>
    </message>
    <message>
        <source>Refused: {what}. A formula may use only {allowed}.</source>
        <translation>거부됨: {what}. 식에는 {allowed}만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>the value {value}</source>
        <translation>값 {value}</translation>
    </message>
    <message>
        <source>Refused: a number in the formula is too large.</source>
        <translation>거부됨: 식의 수가 너무 큽니다.</translation>
    </message>
    <message>
        <source>the name “{name}”</source>
        <translation>이름 “{name}”</translation>
    </message>
    <message>
        <source>the operators not and ~</source>
        <translation>연산자 not과 ~</translation>
    </message>
    <message>
        <source>the operator {symbol} (write powers as x**2)</source>
        <translation>연산자 {symbol} (거듭제곱은 x**2로 쓰세요)</translation>
    </message>
    <message>
        <source>the operator {symbol}</source>
        <translation>연산자 {symbol}</translation>
    </message>
    <message>
        <source>Refused: the exponent {exponent} is too large (at most {limit}).</source>
        <translation>거부됨: 지수 {exponent}이(가) 너무 큽니다 (최대 {limit}).</translation>
    </message>
    <message>
        <source>Refused: a power of a power (like 9**9**9) can be astronomically large; use brackets and a small exponent.</source>
        <translation>거부됨: 거듭제곱의 거듭제곱(9**9**9처럼)은 천문학적으로 커질 수 있습니다. 괄호와 작은 지수를 쓰세요.</translation>
    </message>
    <message>
        <source>the function “{name}”</source>
        <translation>함수 “{name}”</translation>
    </message>
    <message>
        <source>keyword arguments (name=value)</source>
        <translation>키워드 인수 (이름=값)</translation>
    </message>
    <message>
        <source>Refused: {name} takes exactly one argument, not {count}.</source>
        <translation>거부됨: {name}은(는) 인수를 정확히 하나 받습니다. {count}개는 안 됩니다.</translation>
    </message>
    <message>
        <source>attribute access (“.{name}”)</source>
        <translation>속성 접근 (“.{name}”)</translation>
    </message>
    <message>
        <source>a {kind} expression</source>
        <translation>{kind} 식</translation>
    </message>
</context>
<context>
    <name>PageSpec</name>
    <message>
        <source>Optimizer race</source>
        <translation>최적화 경주</translation>
    </message>
    <message>
        <source>Race SGD, momentum, Adam, Newton and more on a loss surface</source>
        <translation>손실 곡면 위에서 SGD, 모멘텀, Adam, 뉴턴 방법 등을 경주시킵니다</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>SGD noise and mini-batches</source>
        <translation>SGD 잡음과 미니배치</translation>
    </message>
    <message>
        <source>Momentum and Nesterov</source>
        <translation>모멘텀과 네스테로프</translation>
    </message>
    <message>
        <source>AdaGrad, RMSProp, Adam</source>
        <translation>AdaGrad, RMSProp, Adam</translation>
    </message>
    <message>
        <source>Newton&apos;s method</source>
        <translation>뉴턴 방법</translation>
    </message>
    <message>
        <source>Conjugate gradient and L-BFGS</source>
        <translation>켤레 경사도와 L-BFGS</translation>
    </message>
    <message>
        <source>Saddles, plateaus, local minima</source>
        <translation>안장점, 평원, 지역 최저점</translation>
    </message>
    <message>
        <source>Why momentum works</source>
        <translation>모멘텀이 통하는 이유</translation>
    </message>
</context>
</TS>
