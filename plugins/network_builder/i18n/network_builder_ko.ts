<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>NetworkBuilder</name>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>SGD + momentum</source>
        <translation>SGD + 모멘텀</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>평균 제곱 오차(MSE)</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>시그모이드</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>선형</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>step</source>
        <translation>계단 함수</translation>
    </message>
    <message>
        <source>Uniform small (±0.5)</source>
        <translation>작은 균등 분포 (±0.5)</translation>
    </message>
    <message>
        <source>LeCun</source>
        <translation>LeCun</translation>
    </message>
    <message>
        <source>Xavier (Glorot)</source>
        <translation>Xavier (Glorot)</translation>
    </message>
    <message>
        <source>He (Kaiming)</source>
        <translation>He (Kaiming)</translation>
    </message>
    <message>
        <source>All zeros</source>
        <translation>모두 0</translation>
    </message>
    <message>
        <source>All equal (0.5 / inputs)</source>
        <translation>모두 같은 값 (0.5 / 입력 수)</translation>
    </message>
    <message>
        <source>There is no data set called {name}.</source>
        <translation>{name}(이)라는 데이터 집합은 없습니다.</translation>
    </message>
    <message>
        <source>The data set size must be between 1 and {most} points, not {count}.</source>
        <translation>데이터 집합의 크기는 1에서 {most}개 점 사이여야 합니다. {count}개는 안 됩니다.</translation>
    </message>
    <message>
        <source>The set-up holds more than {most} points; use fewer.</source>
        <translation>설정에 점이 {most}개보다 많습니다. 더 적게 쓰세요.</translation>
    </message>
    <message>
        <source>Class labels must be whole numbers from 0 to {most}.</source>
        <translation>클래스 레이블은 0에서 {most}까지의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>The seeds must be whole numbers from 0 to 2,147,483,647.</source>
        <translation>시드는 0에서 2,147,483,647까지의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>Switch on at least one input feature: the network needs something to look at.</source>
        <translation>입력 특징을 하나 이상 켜세요. 신경망이 볼 것이 있어야 합니다.</translation>
    </message>
    <message>
        <source>Unknown input feature {name}.</source>
        <translation>알 수 없는 입력 특징 {name}입니다.</translation>
    </message>
    <message>
        <source>The builder draws at most {most} hidden layers; this network has {count}.</source>
        <translation>빌더는 은닉층을 최대 {most}개까지 그립니다. 이 신경망에는 {count}개가 있습니다.</translation>
    </message>
    <message>
        <source>Hidden layer {number} has no neurons: give it at least 1, or remove the layer.</source>
        <translation>은닉층 {number}에 뉴런이 없습니다. 1개 이상 넣거나 층을 지우세요.</translation>
    </message>
    <message>
        <source>Hidden layer {number} has {count} neurons; the builder draws at most {most} per layer. Use fewer neurons or add a layer.</source>
        <translation>은닉층 {number}에 뉴런이 {count}개 있습니다. 빌더는 층마다 최대 {most}개까지 그립니다. 뉴런을 줄이거나 층을 더하세요.</translation>
    </message>
    <message>
        <source>Hidden layer {number} has an unknown activation {name}.</source>
        <translation>은닉층 {number}의 활성함수 {name}은(는) 알 수 없는 것입니다.</translation>
    </message>
    <message>
        <source>Unknown initialisation {name}.</source>
        <translation>알 수 없는 초기화 {name}입니다.</translation>
    </message>
    <message>
        <source>Unknown optimizer {name}.</source>
        <translation>알 수 없는 최적화 방법 {name}입니다.</translation>
    </message>
    <message>
        <source>Unknown loss {name}.</source>
        <translation>알 수 없는 손실 {name}입니다.</translation>
    </message>
    <message>
        <source>The learning rate must be greater than 0 (it is {rate}); try 0.03.</source>
        <translation>학습률은 0보다 커야 합니다(지금 {rate}). 0.03을 써 보세요.</translation>
    </message>
    <message>
        <source>A learning rate of {rate} is far too high; use at most 100.</source>
        <translation>학습률 {rate}은(는) 너무 큽니다. 최대 100까지 쓰세요.</translation>
    </message>
    <message>
        <source>The batch size must be at least 1.</source>
        <translation>배치 크기는 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The batch size ({size}) is larger than the {count} training points: choose at most {count}, or add data.</source>
        <translation>배치 크기({size})가 훈련 점 {count}개보다 큽니다. {count} 이하로 고르거나 데이터를 더하세요.</translation>
    </message>
    <message>
        <source>Batch normalization needs batches of at least 2 points.</source>
        <translation>배치 정규화에는 점이 2개 이상인 배치가 필요합니다.</translation>
    </message>
    <message>
        <source>The L1 and L2 rates cannot be negative.</source>
        <translation>L1과 L2 비율은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>The dropout probability must be at least 0 and below 1.</source>
        <translation>드롭아웃 확률은 0 이상 1 미만이어야 합니다.</translation>
    </message>
    <message>
        <source>The test share must lie between 0 % and 100 %.</source>
        <translation>테스트 비율은 0 %와 100 % 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Train for at least 1 epoch.</source>
        <translation>1 에폭 이상 학습하세요.</translation>
    </message>
    <message>
        <source>The saved network set-up is not a JSON object.</source>
        <translation>저장된 신경망 설정이 JSON 객체가 아닙니다.</translation>
    </message>
    <message>
        <source>The saved set-up has settings this page does not know: {names}.</source>
        <translation>저장된 설정에 이 페이지가 모르는 항목이 있습니다: {names}.</translation>
    </message>
    <message>
        <source>The saved set-up is damaged: {reason}.</source>
        <translation>저장된 설정이 손상되었습니다: {reason}.</translation>
    </message>
    <message>
        <source>the points must be a list of rows</source>
        <translation>점은 행의 목록이어야 합니다</translation>
    </message>
    <message>
        <source>a point</source>
        <translation>점</translation>
    </message>
    <message>
        <source>each point must be a row of four numbers: x1, x2, label and whether it is a test point</source>
        <translation>점마다 숫자 네 개의 행이어야 합니다: x1, x2, 레이블, 테스트 점인지 여부</translation>
    </message>
    <message>
        <source>the features must be a list of names</source>
        <translation>특징은 이름의 목록이어야 합니다</translation>
    </message>
    <message>
        <source>the hidden layers must be a list of objects</source>
        <translation>은닉층은 객체의 목록이어야 합니다</translation>
    </message>
    <message>
        <source>a layer&apos;s neurons</source>
        <translation>층의 뉴런 수</translation>
    </message>
    <message>
        <source>a layer&apos;s activation</source>
        <translation>층의 활성함수</translation>
    </message>
    <message>
        <source>the setting &apos;{name}&apos; must be true or false, not {value}</source>
        <translation>설정 &apos;{name}&apos;은(는) true나 false여야 합니다. {value}은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>the setting &apos;{name}&apos;</source>
        <translation>설정 &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>{what} must be a name in quotes, not {value}</source>
        <translation>{what}은(는) 따옴표 안의 이름이어야 합니다. {value}은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>{what} must be a finite number, not {value}</source>
        <translation>{what}은(는) 유한한 숫자여야 합니다. {value}은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>{what} must be a whole number, not {value}</source>
        <translation>{what}은(는) 정수여야 합니다. {value}은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>One perceptron on XOR</source>
        <translation>XOR 위의 퍼셉트론 하나</translation>
    </message>
    <message>
        <source>A single step neuron can only draw a straight line: watch it fail to split XOR&apos;s four corners.</source>
        <translation>계단 함수 뉴런 하나는 직선 하나만 그을 수 있습니다. XOR의 네 모서리를 나누지 못하는 모습을 지켜보세요.</translation>
    </message>
    <message>
        <source>XOR with two hidden units</source>
        <translation>은닉 뉴런 두 개로 푸는 XOR</translation>
    </message>
    <message>
        <source>Two hidden neurons bend the plane so that the output neuron can separate XOR with one line. Open the Hidden space tab: the plane becomes an L, one class at the bend, and the red dashed line cuts the bend off.</source>
        <translation>은닉 뉴런 두 개가 평면을 굽혀서, 출력 뉴런이 직선 하나로 XOR을 나눌 수 있게 합니다. 은닉 공간 탭을 여세요. 평면이 L 모양이 되고 한 클래스가 꺾인 곳에 모이며, 빨간 점선이 꺾인 곳을 잘라 냅니다.</translation>
    </message>
    <message>
        <source>Circle solved by feature engineering</source>
        <translation>특징 공학으로 푸는 원</translation>
    </message>
    <message>
        <source>With x₁² and x₂² as inputs, the circle becomes a straight cut: no hidden layer is needed.</source>
        <translation>x₁²과 x₂²을 입력으로 쓰면 원이 직선 하나로 잘립니다. 은닉층이 필요 없습니다.</translation>
    </message>
    <message>
        <source>The spiral needs depth</source>
        <translation>나선에는 깊이가 필요하다</translation>
    </message>
    <message>
        <source>From x₁ and x₂ alone, three layers of 16 build the spiral&apos;s curls step by step and reach 100 % test accuracy. Remove two layers (✕) and train again: one layer of 16 stays near 70 %.</source>
        <translation>x₁과 x₂만으로, 뉴런 16개짜리 층 세 개가 나선의 굽이를 한 단계씩 만들어 테스트 정확도 100 %에 이릅니다. 층 두 개를 지우고(✕) 다시 학습해 보세요. 16개짜리 층 하나로는 70 % 근처에 머뭅니다.</translation>
    </message>
    <message>
        <source>Zero initialization and symmetry</source>
        <translation>0 초기화와 대칭</translation>
    </message>
    <message>
        <source>All weights start at zero: the hidden neurons get no gradient at all, so the loss stays at 0.693 (a coin toss) and nothing is learned. Compare the next preset.</source>
        <translation>모든 가중치가 0에서 시작합니다. 은닉 뉴런은 경사도를 전혀 받지 못하므로 손실은 0.693(동전 던지기)에 머물고 아무것도 학습되지 않습니다. 다음 프리셋과 비교해 보세요.</translation>
    </message>
    <message>
        <source>Equal initialization and symmetry</source>
        <translation>같은 값 초기화와 대칭</translation>
    </message>
    <message>
        <source>All weights start equal but not zero: gradients flow and the loss moves, yet every hidden neuron gets the same update and stays a copy of the others (their thumbnails stay identical), so the network is no better than one neuron per layer.</source>
        <translation>모든 가중치가 0이 아닌 같은 값에서 시작합니다. 경사도가 흐르고 손실도 움직이지만, 은닉 뉴런마다 똑같이 갱신되어 서로의 복사본으로 남습니다(작은 그림이 똑같습니다). 그래서 이 신경망은 층마다 뉴런 하나인 것과 다르지 않습니다.</translation>
    </message>
    <message>
        <source>Learning rate too high</source>
        <translation>너무 큰 학습률</translation>
    </message>
    <message>
        <source>Each step overshoots the minimum by more than it gains: the loss of each batch (the faint curve, on a log axis) climbs by powers of ten until it is no longer a number, and training stops with a message. Then set the learning rate ten times smaller (0.2), press Reset and Play.</source>
        <translation>한 걸음마다 최저점을 얻는 것보다 더 크게 지나칩니다. 미니배치마다의 손실(로그 축의 옅은 곡선)이 10배씩 커지다가 더는 숫자가 아니게 되고, 학습은 메시지와 함께 멈춥니다. 그다음 학습률을 10배 작게(0.2) 하고 재설정과 재생을 누르세요.</translation>
    </message>
    <message>
        <source>The overfitting lab (digits)</source>
        <translation>과잉적합 실험실(숫자)</translation>
    </message>
    <message>
        <source>A 7-layer network memorises 300 digits: training accuracy reaches 100 % while test accuracy lags behind. Switch on dropout (or shifts) and train again: test accuracy rises above the faded first run.</source>
        <translation>7층 신경망이 숫자 300개를 외워 버립니다. 훈련 정확도는 100 %에 이르지만 테스트 정확도는 뒤처집니다. 드롭아웃(또는 이동)을 켜고 다시 학습하면 테스트 정확도가 흐려진 첫 실행보다 올라갑니다.</translation>
    </message>
    <message>
        <source>The classic experiment: 7 hidden layers of 100 ReLU units learn from only 300 digits. Watch training accuracy climb to 100 % while test accuracy stalls far below: the network memorizes its examples. Then switch on dropout or data augmentation (shifts) and train again: test accuracy rises.</source>
        <translation>고전적인 실험: ReLU 유닛 100개짜리 은닉층 7개가 숫자 300개만으로 배웁니다. 훈련 정확도가 100 %까지 오르는 동안 테스트 정확도는 한참 아래에 머무는 모습을 보세요. 신경망이 예제를 외우는 것입니다. 그다음 드롭아웃이나 데이터 증강(이동)을 켜고 다시 학습하세요. 테스트 정확도가 올라갑니다.</translation>
    </message>
    <message>
        <source>Misclassified test digits (true → predicted)</source>
        <translation>잘못 분류한 테스트 숫자 (정답 → 예측)</translation>
    </message>
    <message>
        <source>Misclassified by the ensemble (true → predicted)</source>
        <translation>앙상블이 잘못 분류한 숫자 (정답 → 예측)</translation>
    </message>
    <message>
        <source>Confusion matrix: 1,000 test digits</source>
        <translation>혼동 행렬: 테스트 숫자 1,000개</translation>
    </message>
    <message>
        <source>The ensemble&apos;s confusion matrix: 1,000 test digits</source>
        <translation>앙상블의 혼동 행렬: 테스트 숫자 1,000개</translation>
    </message>
    <message>
        <source>A deep network learns to read handwritten digits from only a few examples, then is tested on 1,000 digits it has never seen. The distance between the two curves is how much it memorized rather than learned.</source>
        <translation>깊은 신경망이 몇 안 되는 예제만으로 손글씨 숫자 읽기를 배운 뒤, 한 번도 본 적 없는 숫자 1,000개로 시험을 봅니다. 두 곡선 사이의 거리는 배운 것이 아니라 외운 만큼입니다.</translation>
    </message>
    <message>
        <source>Overfitting lab</source>
        <translation>과잉적합 실험실</translation>
    </message>
    <message>
        <source>L2 (weight decay)</source>
        <translation>L2 (가중치 감쇠)</translation>
    </message>
    <message>
        <source>{what} must be a whole number, not {value}.</source>
        <translation>{what}은(는) 정수여야 합니다. {value}은(는) 안 됩니다.</translation>
    </message>
    <message>
        <source>{what} must be a number, not {value}.</source>
        <translation>{what}은(는) 숫자여야 합니다. {value}은(는) 안 됩니다.</translation>
    </message>
    <message>
        <source>{what} must be on or off (true or false).</source>
        <translation>{what}은(는) 켜짐이나 꺼짐(true 또는 false)이어야 합니다.</translation>
    </message>
    <message>
        <source>Use between {low} (one digit of each kind) and {high} training digits (all there are); {count} will not do.</source>
        <translation>훈련 숫자는 {low}개(숫자마다 하나)에서 {high}개(전부) 사이로 쓰세요. {count}개는 안 됩니다.</translation>
    </message>
    <message>
        <source>The network needs between {low} and {high} hidden layers, not {count}.</source>
        <translation>신경망에는 은닉층이 {low}개에서 {high}개 사이로 있어야 합니다. {count}개는 안 됩니다.</translation>
    </message>
    <message>
        <source>A layer needs at least 1 unit: with 0 nothing can pass through it.</source>
        <translation>층에는 유닛이 1개 이상 있어야 합니다. 0개이면 아무것도 지나갈 수 없습니다.</translation>
    </message>
    <message>
        <source>At most {high} units per layer, please: {count} would train very slowly.</source>
        <translation>층마다 유닛은 최대 {high}개로 해 주세요. {count}개는 아주 느리게 학습합니다.</translation>
    </message>
    <message>
        <source>The learning rate must be above 0: with 0 or less the network never learns.</source>
        <translation>학습률은 0보다 커야 합니다. 0 이하이면 신경망이 전혀 배우지 못합니다.</translation>
    </message>
    <message>
        <source>A learning rate above 1 throws this network&apos;s weights far off; try 0.001.</source>
        <translation>학습률이 1보다 크면 이 신경망의 가중치가 멀리 튀어 나갑니다. 0.001을 써 보세요.</translation>
    </message>
    <message>
        <source>The L2 strength must be above 0 and at most 1; 0.1 is a good start.</source>
        <translation>L2 세기는 0보다 크고 1 이하여야 합니다. 0.1로 시작해 보세요.</translation>
    </message>
    <message>
        <source>The dropout rate is the share of units switched off: above 0 and at most 0.9.</source>
        <translation>드롭아웃 비율은 꺼지는 유닛의 몫입니다. 0보다 크고 0.9 이하여야 합니다.</translation>
    </message>
    <message>
        <source>Shift the digits by {low} to {high} pixels: 0 changes nothing, and more than {high} pushes strokes out of the 28 × 28 frame ({shift} will not do).</source>
        <translation>숫자는 {low}에서 {high}픽셀만큼 옮기세요. 0이면 아무것도 바뀌지 않고, {high}보다 크면 획이 28 × 28 틀 밖으로 밀려납니다({shift}은(는) 안 됩니다).</translation>
    </message>
    <message>
        <source>Train for between {low} and {high} epochs, not {count}.</source>
        <translation>{low}에서 {high} 에폭 사이로 학습하세요. {count}은(는) 안 됩니다.</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to {high}.</source>
        <translation>시드는 0에서 {high}까지의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>An ensemble needs {low} to {high} nets: one net alone has nobody to vote with, and each extra net costs a whole training ({count} will not do).</source>
        <translation>앙상블에는 신경망이 {low}개에서 {high}개 필요합니다. 하나뿐이면 함께 투표할 상대가 없고, 하나 더할 때마다 학습이 한 번 더 듭니다({count}개는 안 됩니다).</translation>
    </message>
    <message>
        <source>L2 {strength}</source>
        <translation>L2 {strength}</translation>
    </message>
    <message>
        <source>dropout {rate}</source>
        <translation>드롭아웃 {rate}</translation>
    </message>
    <message>
        <source>shifts ±{shift}</source>
        <translation>이동 ±{shift}</translation>
    </message>
    <message>
        <source>ensemble of {count}</source>
        <translation>앙상블 {count}개</translation>
    </message>
    <message>
        <source>no regularization</source>
        <translation>규제 없음</translation>
    </message>
    <message>
        <source>{count} digits</source>
        <translation>숫자 {count}개</translation>
    </message>
    <message>
        <source>{count} epochs</source>
        <translation>{count} 에폭</translation>
    </message>
    <message>
        <source>lr {rate}</source>
        <translation>학습률 {rate}</translation>
    </message>
    <message>
        <source>The overfitting lab&apos;s settings must be a dictionary of named values.</source>
        <translation>과잉적합 실험실의 설정은 이름 붙은 값의 사전이어야 합니다.</translation>
    </message>
    <message>
        <source>The overfitting lab does not know the setting “{name}”.</source>
        <translation>과잉적합 실험실은 “{name}” 설정을 모릅니다.</translation>
    </message>
    <message>
        <source>The overfitting lab&apos;s setting “{name}” has the wrong kind of value: {value}.</source>
        <translation>과잉적합 실험실의 “{name}” 설정 값의 종류가 잘못되었습니다: {value}.</translation>
    </message>
    <message>
        <source>The number of training digits</source>
        <translation>훈련 숫자의 수</translation>
    </message>
    <message>
        <source>The number of hidden layers</source>
        <translation>은닉층의 수</translation>
    </message>
    <message>
        <source>The number of units per layer</source>
        <translation>층마다의 유닛 수</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>The L2 strength</source>
        <translation>L2 세기</translation>
    </message>
    <message>
        <source>The dropout rate</source>
        <translation>드롭아웃 비율</translation>
    </message>
    <message>
        <source>Data augmentation</source>
        <translation>데이터 증강</translation>
    </message>
    <message>
        <source>The shift</source>
        <translation>이동 폭</translation>
    </message>
    <message>
        <source>The learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>The number of epochs</source>
        <translation>에폭 수</translation>
    </message>
    <message>
        <source>The seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>The ensemble</source>
        <translation>앙상블</translation>
    </message>
    <message>
        <source>The number of nets in the ensemble</source>
        <translation>앙상블의 신경망 수</translation>
    </message>
    <message>
        <source>The ensemble has nets 1 to {count}, not net {net}.</source>
        <translation>앙상블에는 신경망 1에서 {count}까지 있습니다. 신경망 {net}은(는) 없습니다.</translation>
    </message>
    <message>
        <source>Each saved run of the overfitting lab needs a label and its curves.</source>
        <translation>과잉적합 실험실의 저장된 실행마다 이름과 곡선이 있어야 합니다.</translation>
    </message>
    <message>
        <source>A saved run of the overfitting lab has curves of different lengths.</source>
        <translation>과잉적합 실험실의 저장된 실행에 길이가 다른 곡선이 있습니다.</translation>
    </message>
    <message>
        <source>A saved run of the overfitting lab holds something that is not a number.</source>
        <translation>과잉적합 실험실의 저장된 실행에 숫자가 아닌 것이 있습니다.</translation>
    </message>
    <message>
        <source>A saved run of the overfitting lab has an accuracy outside 0-100 %.</source>
        <translation>과잉적합 실험실의 저장된 실행에 0-100 % 밖의 정확도가 있습니다.</translation>
    </message>
    <message>
        <source>A saved ensemble&apos;s accuracy must be a number from 0 to 100 %.</source>
        <translation>저장된 앙상블의 정확도는 0에서 100 % 사이의 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>Members {scores} on the test digits; their average vote {vote} %: their mistakes differ, so averaging cancels some.</source>
        <translation>테스트 숫자에서 각 신경망은 {scores}, 평균 투표는 {vote} %입니다. 서로 틀리는 곳이 달라서 평균을 내면 실수가 일부 상쇄됩니다.</translation>
    </message>
    <message>
        <source>Members {scores} on the test digits; their average vote {vote} %: better than a typical member, though not than the best one this time.</source>
        <translation>테스트 숫자에서 각 신경망은 {scores}, 평균 투표는 {vote} %입니다. 보통의 신경망보다는 낫지만 이번에는 가장 좋은 신경망만큼은 아닙니다.</translation>
    </message>
    <message>
        <source>Members {scores} on the test digits; their average vote {vote} %: below a typical member this time, as their mistakes mostly agree.</source>
        <translation>테스트 숫자에서 각 신경망은 {scores}, 평균 투표는 {vote} %입니다. 틀리는 곳이 대부분 같아서 이번에는 보통의 신경망보다 못합니다.</translation>
    </message>
    <message>
        <source>Adam&apos;s step size; it eases down to 0 by the last epoch.</source>
        <translation>Adam의 보폭입니다. 마지막 에폭까지 0으로 서서히 줄어듭니다.</translation>
    </message>
    <message>
        <source>Digits the network learns from, spread evenly over 0-9 (10 to 4,000).</source>
        <translation>신경망이 배우는 숫자 이미지 수로, 0-9에 고르게 나뉩니다(10에서 4,000).</translation>
    </message>
    <message>
        <source>How hard large weights are pulled back towards 0.</source>
        <translation>큰 가중치를 0 쪽으로 얼마나 세게 당기는지입니다.</translation>
    </message>
    <message>
        <source>Share of hidden units switched off at random in each training step.</source>
        <translation>훈련 단계마다 무작위로 끄는 은닉 유닛의 비율입니다.</translation>
    </message>
    <message>
        <source>Shift every training digit by a few pixels at random, a new way each epoch; the test digits stay as they are.</source>
        <translation>훈련 숫자를 에폭마다 새로 몇 픽셀씩 무작위로 옮깁니다. 테스트 숫자는 그대로 둡니다.</translation>
    </message>
    <message>
        <source>The largest shift, across and down, in pixels (1 to 4).</source>
        <translation>가로와 세로로 옮기는 최대 거리(픽셀, 1에서 4)입니다.</translation>
    </message>
    <message>
        <source>Ensemble</source>
        <translation>앙상블</translation>
    </message>
    <message>
        <source>of </source>
        <translation>총 </translation>
    </message>
    <message>
        <source> nets</source>
        <translation>개 신경망</translation>
    </message>
    <message>
        <source>Train several nets one after another, each from its own random start, then let them vote by averaging their probabilities. Costs that many trainings.</source>
        <translation>신경망 여러 개를 저마다 다른 무작위 시작점에서 차례로 학습시킨 뒤, 확률을 평균 내어 투표하게 합니다. 그 수만큼 학습이 듭니다.</translation>
    </message>
    <message>
        <source>How many nets vote (2 to 5); each trains for the full number of epochs.</source>
        <translation>투표하는 신경망의 수(2에서 5)입니다. 각각 정해진 에폭 수만큼 학습합니다.</translation>
    </message>
    <message>
        <source>Training digits</source>
        <translation>훈련 숫자 수</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>은닉층</translation>
    </message>
    <message>
        <source>Units per layer</source>
        <translation>층마다 유닛 수</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Not trained yet.</source>
        <translation>아직 학습하지 않았습니다.</translation>
    </message>
    <message>
        <source>Appears after training</source>
        <translation>학습이 끝나면 나타납니다</translation>
    </message>
    <message>
        <source>The test digits the network gets wrong appear here after training.</source>
        <translation>학습이 끝나면 신경망이 틀린 테스트 숫자가 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>The lab is training already.</source>
        <translation>실험실이 이미 학습 중입니다.</translation>
    </message>
    <message>
        <source>Training {run}…</source>
        <translation>{run} 학습 중…</translation>
    </message>
    <message>
        <source>Training net {net} of {count} ({run})…</source>
        <translation>신경망 {count}개 중 {net}번째 학습 중 ({run})…</translation>
    </message>
    <message>
        <source>{run}, net {net}</source>
        <translation>{run}, 신경망 {net}</translation>
    </message>
    <message>
        <source>Net {net} of {count}, epoch</source>
        <translation>신경망 {count}개 중 {net}번째, 에폭</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>{where} {epoch} of {total}: train {train:.0f} %, test {test:.0f} %, gap {gap:.0f} points.</source>
        <translation>{where} {epoch}/{total}: 훈련 {train:.0f} %, 테스트 {test:.0f} %, 간격 {gap:.0f}점.</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Stopped in epoch {epoch}</source>
        <translation>에폭 {epoch}에서 멈춤</translation>
    </message>
    <message>
        <source>{done} ({run}): train {train:.0f} %, test {test:.0f} %, gap {gap:.0f} points.</source>
        <translation>{done} ({run}): 훈련 {train:.0f} %, 테스트 {test:.0f} %, 간격 {gap:.0f}점.</translation>
    </message>
    <message>
        <source>Training diverged at step {step}. {hint}</source>
        <translation>{step}번째 단계에서 학습이 발산했습니다. {hint}</translation>
    </message>
    <message>
        <source>Stopped in epoch {epoch} of net {net} of {count}: {no_vote} Net {net} alone: train {train:.0f} %, test {test:.0f} %.</source>
        <translation>신경망 {count}개 중 {net}번째의 {epoch} 에폭에서 멈췄습니다: {no_vote} 신경망 {net} 혼자서는 훈련 {train:.0f} %, 테스트 {test:.0f} %입니다.</translation>
    </message>
    <message>
        <source>Stopped after net {net} of {count}: {no_vote} Net {net} alone: train {train:.0f} %, test {test:.0f} %.</source>
        <translation>신경망 {count}개 중 {net}번째가 끝난 뒤 멈췄습니다: {no_vote} 신경망 {net} 혼자서는 훈련 {train:.0f} %, 테스트 {test:.0f} %입니다.</translation>
    </message>
    <message>
        <source>Net {net} of {count} diverged at step {step}. {hint}</source>
        <translation>신경망 {count}개 중 {net}번째가 {step}번째 단계에서 발산했습니다. {hint}</translation>
    </message>
    <message>
        <source>Training net {net} of {count} failed: {error}</source>
        <translation>신경망 {count}개 중 {net}번째의 학습이 실패했습니다: {error}</translation>
    </message>
    <message>
        <source>the ensemble votes only once all {count} nets have trained.</source>
        <translation>앙상블은 신경망 {count}개가 모두 학습한 뒤에만 투표합니다.</translation>
    </message>
    <message>
        <source>Paused. </source>
        <translation>일시 정지됨. </translation>
    </message>
    <message>
        <source>Finished ({run}): their average vote scores train {train:.0f} %, test {test:.0f} %, gap {gap:.0f} points.</source>
        <translation>완료 ({run}): 평균 투표의 점수는 훈련 {train:.0f} %, 테스트 {test:.0f} %, 간격 {gap:.0f}점입니다.</translation>
    </message>
    <message>
        <source>{title}: {shown} of {count}</source>
        <translation>{title}: {count}개 중 {shown}개</translation>
    </message>
    <message>
        <source>{number}. {run}: train {train:.0f} %, test {test:.0f} %, &lt;b&gt;gap {gap:.0f}&lt;/b&gt;</source>
        <translation>{number}. {run}: 훈련 {train:.0f} %, 테스트 {test:.0f} %, &lt;b&gt;차이 {gap:.0f}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{number}. {run}: one net test {test:.0f} %, &lt;b&gt;their vote {vote:.0f} %&lt;/b&gt;</source>
        <translation>{number}. {run}: 신경망 하나의 테스트 {test:.0f} %, &lt;b&gt;투표 {vote:.0f} %&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Earlier runs&lt;/b&gt; (faded curves)</source>
        <translation>&lt;b&gt;이전 실행&lt;/b&gt; (흐린 곡선)</translation>
    </message>
    <message>
        <source>Restored run ({run}). Train again to see its mistakes.</source>
        <translation>실행({run})을 복원했습니다. 실수를 보려면 다시 학습하세요.</translation>
    </message>
    <message>
        <source>The overfitting lab&apos;s state must be a dictionary.</source>
        <translation>과잉적합 실험실의 상태는 사전이어야 합니다.</translation>
    </message>
    <message>
        <source>The overfitting lab keeps at most {count} earlier runs in a list.</source>
        <translation>과잉적합 실험실은 이전 실행을 목록에 최대 {count}개까지 보관합니다.</translation>
    </message>
    <message>
        <source>The overfitting lab&apos;s setting “{name}” must be between {low} and {high}, not {value}.</source>
        <translation>과잉적합 실험실의 “{name}” 설정은 {low}에서 {high} 사이여야 합니다. {value}은(는) 안 됩니다.</translation>
    </message>
    <message>
        <source>Hover over a neuron or a link to read its value; click it to change it.</source>
        <translation>뉴런이나 연결 위에 마우스를 올리면 값을 읽을 수 있고, 클릭하면 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>Show test data</source>
        <translation>테스트 데이터 보기</translation>
    </message>
    <message>
        <source>Discretize</source>
        <translation>이산화</translation>
    </message>
    <message>
        <source>Discretize the output: colour each point of the plane by the class the network picks, without the shades of its confidence.</source>
        <translation>출력을 이산화합니다. 평면의 각 점을 신경망이 고른 클래스의 색으로 칠하고, 확신의 정도에 따른 음영은 없앱니다.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Hidden space</source>
        <translation>은닉 공간</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <source>positive weight or output</source>
        <translation>양수 가중치 또는 출력</translation>
    </message>
    <message>
        <source>negative weight or output</source>
        <translation>음수 가중치 또는 출력</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>놀이터</translation>
    </message>
    <message>
        <source>Model selection</source>
        <translation>모델 선택</translation>
    </message>
    <message>
        <source>The 2-D playground: build a network and train it on points in the plane</source>
        <translation>2차원 놀이터: 신경망을 만들고 평면 위의 점들로 학습시킵니다</translation>
    </message>
    <message>
        <source>A deep network memorises a few handwritten digits</source>
        <translation>깊은 신경망이 손글씨 숫자 몇 개를 외워 버립니다</translation>
    </message>
    <message>
        <source>Choose hyper-parameters by K-fold cross-validation; the test points wait until the end</source>
        <translation>K-겹 교차 검증으로 하이퍼 매개변수를 고릅니다. 테스트 점은 마지막까지 기다립니다</translation>
    </message>
    <message>
        <source>Lesson presets</source>
        <translation>수업 프리셋</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>저장…</translation>
    </message>
    <message>
        <source>Save the whole set-up, with the trained weights, as a JSON file</source>
        <translation>학습된 가중치를 포함한 설정 전체를 JSON 파일로 저장합니다</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>열기…</translation>
    </message>
    <message>
        <source>Export PyTorch…</source>
        <translation>PyTorch로 내보내기…</translation>
    </message>
    <message>
        <source>Write a standalone PyTorch script and the trained weights (safetensors)</source>
        <translation>단독으로 실행되는 PyTorch 스크립트와 학습된 가중치(safetensors)를 씁니다</translation>
    </message>
    <message>
        <source>Load points from a CSV file</source>
        <translation>CSV 파일에서 점 불러오기</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 파일 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Could not load the points. {error}</source>
        <translation>점을 불러오지 못했습니다. {error}</translation>
    </message>
    <message>
        <source>Loaded {count} points from {file}.</source>
        <translation>{file}에서 점 {count}개를 불러왔습니다.</translation>
    </message>
    <message>
        <source>Saved the set-up without the weights because training was running: pause first to save them too.</source>
        <translation>학습이 진행 중이라 가중치 없이 설정만 저장했습니다. 가중치도 저장하려면 먼저 일시 정지하세요.</translation>
    </message>
    <message>
        <source>Open an experiment or a set-up</source>
        <translation>실험이나 설정 열기</translation>
    </message>
    <message>
        <source>Experiments and set-ups (*.json);;All files (*)</source>
        <translation>실험과 설정 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Could not open {file}: {error}</source>
        <translation>{file}을(를) 열 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Opened {file}, a set-up saved by an earlier version of this page. Save it again to keep it as an experiment.</source>
        <translation>이 페이지의 이전 버전이 저장한 설정 {file}을(를) 열었습니다. 실험 파일로 남기려면 다시 저장하세요.</translation>
    </message>
    <message>
        <source>Export the network into a folder</source>
        <translation>신경망을 폴더로 내보내기</translation>
    </message>
    <message>
        <source>Pause or wait for the training to end before exporting.</source>
        <translation>내보내기 전에 일시 정지하거나 학습이 끝날 때까지 기다리세요.</translation>
    </message>
    <message>
        <source>Could not export the network: {error}</source>
        <translation>신경망을 내보내지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>Exported {script}, its weights and data to {folder}. Run: python {script}</source>
        <translation>{script}와 그 가중치, 데이터를 {folder}에 내보냈습니다. 실행: python {script}</translation>
    </message>
    <message>
        <source>This is not a Network builder set-up.</source>
        <translation>신경망 빌더의 설정이 아닙니다.</translation>
    </message>
    <message>
        <source>This is not a Network builder set-up: it has no playground set-up.</source>
        <translation>신경망 빌더의 설정이 아닙니다. 놀이터 설정이 없습니다.</translation>
    </message>
    <message>
        <source>The saved weights are damaged.</source>
        <translation>저장된 가중치가 손상되었습니다.</translation>
    </message>
    <message>
        <source>The saved epoch count must be a number of 0 or more.</source>
        <translation>저장된 에폭 수는 0 이상의 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>The saved tab must be one of {tabs}.</source>
        <translation>저장된 탭은 {tabs} 가운데 하나여야 합니다.</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>회귀</translation>
    </message>
    <message>
        <source>{count} classes</source>
        <translation>클래스 {count}개</translation>
    </message>
    <message>
        <source>Your own points</source>
        <translation>직접 찍은 점</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>다시 생성</translation>
    </message>
    <message>
        <source>Draw a fresh sample of the same data set</source>
        <translation>같은 데이터 집합에서 새 표본을 뽑습니다</translation>
    </message>
    <message>
        <source>Load CSV…</source>
        <translation>CSV 불러오기…</translation>
    </message>
    <message>
        <source>A text file with one point per line: x1, x2, label</source>
        <translation>한 줄에 점 하나씩 담은 텍스트 파일: x1, x2, 레이블</translation>
    </message>
    <message>
        <source>Left-click on the output plot adds a point of this class; right-click removes the nearest point</source>
        <translation>출력 그림을 왼쪽 클릭하면 이 클래스의 점을 추가하고, 오른쪽 클릭하면 가장 가까운 점을 지웁니다</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>잡음</translation>
    </message>
    <message>
        <source>Test share</source>
        <translation>테스트 비율</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>점 개수</translation>
    </message>
    <message>
        <source>Click adds</source>
        <translation>클릭하면 추가</translation>
    </message>
    <message>
        <source>Left-click the plot to add a point, right-click to remove one.</source>
        <translation>그림을 왼쪽 클릭하면 점을 추가하고, 오른쪽 클릭하면 지웁니다.</translation>
    </message>
    <message>
        <source>value +1</source>
        <translation>값 +1</translation>
    </message>
    <message>
        <source>value −1</source>
        <translation>값 −1</translation>
    </message>
    <message>
        <source>class {label}</source>
        <translation>클래스 {label}</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>입력 특징</translation>
    </message>
    <message>
        <source>Feed {feature} to the network</source>
        <translation>{feature}을(를) 신경망에 넣습니다</translation>
    </message>
    <message>
        <source>Standardise features</source>
        <translation>특징 표준화</translation>
    </message>
    <message>
        <source>Features on very different scales skew the gradient; standardising puts them on the same footing</source>
        <translation>크기가 아주 다른 특징은 경사도를 한쪽으로 치우치게 합니다. 표준화하면 같은 조건에 놓입니다</translation>
    </message>
    <message>
        <source>Neurons in this layer</source>
        <translation>이 층의 뉴런 수</translation>
    </message>
    <message>
        <source>Remove hidden layer {number}</source>
        <translation>은닉층 {number} 지우기</translation>
    </message>
    <message>
        <source>Layer {number}</source>
        <translation>층 {number}</translation>
    </message>
    <message>
        <source>+ Add layer</source>
        <translation>+ 층 추가</translation>
    </message>
    <message>
        <source>Add a hidden layer before the output</source>
        <translation>출력 앞에 은닉층을 추가합니다</translation>
    </message>
    <message>
        <source>step (perceptron)</source>
        <translation>계단 함수 (퍼셉트론)</translation>
    </message>
    <message>
        <source>The output neuron&apos;s activation for two classes</source>
        <translation>클래스가 두 개일 때 출력 뉴런의 활성함수</translation>
    </message>
    <message>
        <source>regression: linear output</source>
        <translation>회귀: 선형 출력</translation>
    </message>
    <message>
        <source>{count} outputs, softmax</source>
        <translation>출력 {count}개, 소프트맥스</translation>
    </message>
    <message>
        <source>1 output</source>
        <translation>출력 1개</translation>
    </message>
    <message>
        <source>&lt;b&gt;Output&lt;/b&gt;&lt;br&gt;{kind}</source>
        <translation>&lt;b&gt;출력&lt;/b&gt;&lt;br&gt;{kind}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inputs&lt;/b&gt;&lt;br&gt;{count} features</source>
        <translation>&lt;b&gt;입력&lt;/b&gt;&lt;br&gt;특징 {count}개</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inputs&lt;/b&gt;&lt;br&gt;1 feature</source>
        <translation>&lt;b&gt;입력&lt;/b&gt;&lt;br&gt;특징 1개</translation>
    </message>
    <message>
        <source>Automatic: cross-entropy for classes, mean squared error for regression</source>
        <translation>자동: 분류에는 교차 엔트로피, 회귀에는 평균 제곱 오차</translation>
    </message>
    <message>
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>Batch norm</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>조기 멈춤</translation>
    </message>
    <message>
        <source>Hold out 20 % of the training points as a validation split and stop when its loss has not improved for the patience</source>
        <translation>훈련 점의 20 %를 검증 집합으로 떼어 두고, 그 손실이 참을성(patience)만큼 나아지지 않으면 멈춥니다</translation>
    </message>
    <message>
        <source>patience </source>
        <translation>참을성 </translation>
    </message>
    <message>
        <source>How many epochs Play trains before it stops by itself</source>
        <translation>재생을 누르면 스스로 멈출 때까지 학습하는 에폭 수</translation>
    </message>
    <message>
        <source>seed </source>
        <translation>시드 </translation>
    </message>
    <message>
        <source>Picks the random starting weights and the order of the batches: change it to see whether a result holds from another start</source>
        <translation>무작위 초기 가중치와 미니배치 순서를 정합니다. 바꿔 보면 다른 출발점에서도 결과가 유지되는지 알 수 있습니다</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>최적화 방법</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>미니배치 크기</translation>
    </message>
    <message>
        <source>Epochs per run</source>
        <translation>한 번에 학습할 에폭</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>Initialization</source>
        <translation>가중치 초기화</translation>
    </message>
    <message>
        <source>L1 rate</source>
        <translation>L1 세기</translation>
    </message>
    <message>
        <source>L2 rate</source>
        <translation>L2 세기</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>Train vs test accuracy</source>
        <translation>훈련 정확도와 테스트 정확도</translation>
    </message>
    <message>
        <source>train accuracy</source>
        <translation>훈련 정확도</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>테스트 정확도</translation>
    </message>
    <message>
        <source>Press Play: train and test accuracy appear here, epoch by epoch.</source>
        <translation>재생을 누르면 훈련 정확도와 테스트 정확도가 에폭마다 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>gap: {points:.0f} points</source>
        <translation>간격: {points:.0f}점</translation>
    </message>
    <message>
        <source>the vote&apos;s gap: {points:.0f} points</source>
        <translation>투표의 간격: {points:.0f}점</translation>
    </message>
    <message>
        <source>{number}. {label}, train</source>
        <translation>{number}. {label}, 훈련</translation>
    </message>
    <message>
        <source>{number}. {label}, their vote</source>
        <translation>{number}. {label}, 투표</translation>
    </message>
    <message>
        <source>finished net {number}, train</source>
        <translation>끝난 신경망 {number}, 훈련</translation>
    </message>
    <message>
        <source>finished net {number}, test</source>
        <translation>끝난 신경망 {number}, 테스트</translation>
    </message>
    <message>
        <source>loss (log scale)</source>
        <translation>손실 (로그 눈금)</translation>
    </message>
    <message>
        <source>each training batch</source>
        <translation>훈련 미니배치마다</translation>
    </message>
    <message>
        <source>training</source>
        <translation>훈련</translation>
    </message>
    <message>
        <source>test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>Add a hidden layer to see how it maps the plane.</source>
        <translation>은닉층을 추가하면 그 층이 평면을 어떻게 옮기는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Layer {number} ({units})</source>
        <translation>층 {number} ({units})</translation>
    </message>
    <message>
        <source>neuron {number}</source>
        <translation>뉴런 {number}</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>정확도 (%)</translation>
    </message>
    <message>
        <source>Press Play: the losses appear here.</source>
        <translation>재생을 누르면 손실이 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>loss of each training batch</source>
        <translation>훈련 미니배치마다의 손실</translation>
    </message>
    <message>
        <source>Which learning rate, width and L2 suit this data? Each candidate trains K times, each time scored on a different fold of the training points that it did not train on. Only the winner meets the test points, once, at the end.</source>
        <translation>이 데이터에는 어떤 학습률, 폭, L2가 맞을까요? 후보마다 K번 학습하고, 매번 학습에 쓰지 않은 다른 겹의 훈련 점으로 점수를 받습니다. 승자만이 마지막에 단 한 번 테스트 점을 만납니다.</translation>
    </message>
    <message>
        <source>Grid: every combination of the listed values.</source>
        <translation>격자 탐색: 나열한 값의 모든 조합.</translation>
    </message>
    <message>
        <source>Random: each trial draws a learning rate and an L2 rate between the smallest and largest listed (on a log scale) and a whole number of units in the listed range.</source>
        <translation>임의 탐색: 시도마다 나열한 가장 작은 값과 가장 큰 값 사이에서 학습률과 L2 세기를 (로그 눈금으로) 뽑고, 나열한 범위 안에서 유닛 수를 정수로 뽑습니다.</translation>
    </message>
    <message>
        <source>Learning
rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>유닛 수</translation>
    </message>
    <message>
        <source>Validation
accuracy</source>
        <translation>검증
정확도</translation>
    </message>
    <message>
        <source>± std</source>
        <translation>± 표준편차</translation>
    </message>
    <message>
        <source>one fold</source>
        <translation>한 겹</translation>
    </message>
    <message>
        <source>mean ± std</source>
        <translation>평균 ± 표준편차</translation>
    </message>
    <message>
        <source>best</source>
        <translation>최고</translation>
    </message>
    <message>
        <source>test, best only</source>
        <translation>테스트 (최고 후보만)</translation>
    </message>
    <message>
        <source>How many random candidates to draw</source>
        <translation>뽑을 무작위 후보의 수</translation>
    </message>
    <message>
        <source>Epochs of each training (early stopping is off during the search)</source>
        <translation>학습마다의 에폭 수 (탐색 중에는 조기 멈춤을 쓰지 않습니다)</translation>
    </message>
    <message>
        <source>Used for every hidden layer of the playground&apos;s network</source>
        <translation>놀이터 신경망의 모든 은닉층에 쓰입니다</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Play&lt;/b&gt;: the table ranks the candidates by their mean validation accuracy.</source>
        <translation>&lt;b&gt;재생&lt;/b&gt;을 누르세요. 표가 후보를 평균 검증 정확도 순으로 매깁니다.</translation>
    </message>
    <message>
        <source>{count} of {folds} folds diverged (the loss stopped being a number) and count as 0 %.</source>
        <translation>{folds}겹 중 {count}겹이 발산했고(손실이 더는 숫자가 아님) 0 %로 셉니다.</translation>
    </message>
    <message>
        <source>Mean validation accuracy over the folds, and its spread.</source>
        <translation>겹들에 걸친 평균 검증 정확도와 그 퍼짐입니다.</translation>
    </message>
    <message>
        <source>validation accuracy (%)</source>
        <translation>검증 정확도 (%)</translation>
    </message>
    <message>
        <source>candidate (# in the table)</source>
        <translation>후보 (표의 번호)</translation>
    </message>
    <message>
        <source>Each candidate&apos;s validation accuracy appears here.</source>
        <translation>후보마다의 검증 정확도가 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>The training points are cut into K folds; each candidate trains K times, each time scored on the fold it left out</source>
        <translation>훈련 점을 K겹으로 나눕니다. 후보마다 K번 학습하고, 매번 빼 둔 겹으로 점수를 받습니다</translation>
    </message>
    <message>
        <source>values, separated by commas</source>
        <translation>쉼표로 구분한 값</translation>
    </message>
    <message>
        <source>Use in playground</source>
        <translation>놀이터에서 쓰기</translation>
    </message>
    <message>
        <source>Copy the best learning rate, units and L2 into the playground</source>
        <translation>가장 좋은 학습률, 유닛 수, L2를 놀이터로 복사합니다</translation>
    </message>
    <message>
        <source>Where the search stands, and how long it needs at the pace of the trainings so far</source>
        <translation>탐색이 어디까지 왔는지, 그리고 지금까지의 학습 속도로 얼마나 더 걸리는지</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>탐색</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>시도 횟수</translation>
    </message>
    <message>
        <source>Folds (K)</source>
        <translation>겹 수 (K)</translation>
    </message>
    <message>
        <source>Learning rates</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Hidden units</source>
        <translation>은닉 유닛 수</translation>
    </message>
    <message>
        <source>L2 rates</source>
        <translation>L2 세기</translation>
    </message>
    <message>
        <source>Values to try</source>
        <translation>시도할 값</translation>
    </message>
    <message>
        <source>{candidates} candidates × {folds} folds = {trainings} trainings, then one retraining of the best.</source>
        <translation>후보 {candidates}개 × {folds}겹 = 학습 {trainings}번, 그리고 최고 후보를 한 번 다시 학습합니다.</translation>
    </message>
    <message>
        <source>The network has no hidden layer: the units are not used.</source>
        <translation>신경망에 은닉층이 없어서 유닛 수는 쓰이지 않습니다.</translation>
    </message>
    <message>
        <source>your own points</source>
        <translation>직접 찍은 점</translation>
    </message>
    <message>
        <source>Searches on the playground&apos;s set-up: {name}, network {layers}, batch size {batch}. Its {train} training points make {folds} folds of {size}; its {test} test points stay unseen until the end.</source>
        <translation>놀이터의 설정으로 탐색합니다: {name}, 신경망 {layers}, 배치 크기 {batch}. 훈련 점 {train}개로 {size}개씩 {folds}겹을 만들고, 테스트 점 {test}개는 마지막까지 보지 않습니다.</translation>
    </message>
    <message>
        <source>The search is running already.</source>
        <translation>탐색이 이미 진행 중입니다.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>멈추는 중…</translation>
    </message>
    <message>
        <source>Retraining the best candidate on all {count} training points…</source>
        <translation>훈련 점 {count}개 전부로 최고 후보를 다시 학습하는 중…</translation>
    </message>
    <message>
        <source>Candidate {candidate} of {candidates}, its {folds} folds at once</source>
        <translation>후보 {candidates}개 중 {candidate}번째, {folds}겹을 한꺼번에</translation>
    </message>
    <message>
        <source>Fold {fold} of {folds} · candidate {candidate} of {candidates}</source>
        <translation>{folds}겹 중 {fold}번째 · 후보 {candidates}개 중 {candidate}번째</translation>
    </message>
    <message>
        <source> · about {seconds} s left</source>
        <translation> · 약 {seconds}초 남음</translation>
    </message>
    <message>
        <source>A training failed: {error}</source>
        <translation>학습 하나가 실패했습니다: {error}</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>끝났습니다.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>멈췄습니다.</translation>
    </message>
    <message>
        <source>The retrained best candidate diverged, so it has no test accuracy.</source>
        <translation>다시 학습한 최고 후보가 발산해서 테스트 정확도가 없습니다.</translation>
    </message>
    <message>
        <source>The search stopped.</source>
        <translation>탐색이 멈췄습니다.</translation>
    </message>
    <message>
        <source>Training the first candidate on each fold…</source>
        <translation>첫 후보를 겹마다 학습하는 중…</translation>
    </message>
    <message>
        <source>No candidate was scored on every fold, so there is no winner.</source>
        <translation>모든 겹에서 점수를 받은 후보가 없어서 승자가 없습니다.</translation>
    </message>
    <message>
        <source>{candidate} · validation &lt;b&gt;{mean}&lt;/b&gt; ± {std}</source>
        <translation>{candidate} · 검증 &lt;b&gt;{mean}&lt;/b&gt; ± {std}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Best:&lt;/b&gt; {best} · test &lt;b&gt;{test}&lt;/b&gt; (retrained on all training points; the test points were used only now)</source>
        <translation>&lt;b&gt;최고:&lt;/b&gt; {best} · 테스트 &lt;b&gt;{test}&lt;/b&gt; (모든 훈련 점으로 다시 학습했고, 테스트 점은 이제야 처음 썼습니다)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Best so far:&lt;/b&gt; {best}</source>
        <translation>&lt;b&gt;지금까지의 최고:&lt;/b&gt; {best}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Best:&lt;/b&gt; {best}. No test accuracy: its retraining on all training points did not finish.</source>
        <translation>&lt;b&gt;최고:&lt;/b&gt; {best}. 테스트 정확도 없음: 모든 훈련 점으로 다시 학습하는 것이 끝나지 않았습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Best of the candidates scored:&lt;/b&gt; {best}. No test accuracy: the search did not finish ({done} of {total} trainings).</source>
        <translation>&lt;b&gt;점수를 받은 후보 가운데 최고:&lt;/b&gt; {best}. 테스트 정확도 없음: 탐색이 끝나지 않았습니다 (학습 {total}번 중 {done}번).</translation>
    </message>
    <message>
        <source>Some trainings diverged (the loss stopped being a number) and count as 0 %: candidates {names}.</source>
        <translation>일부 학습이 발산했고(손실이 더는 숫자가 아님) 0 %로 셉니다: 후보 {names}.</translation>
    </message>
    <message>
        <source>The playground now uses the search&apos;s best: {best}. Press Play to train it.</source>
        <translation>이제 놀이터는 탐색에서 가장 좋았던 설정을 씁니다: {best}. 재생을 눌러 학습시키세요.</translation>
    </message>
    <message>
        <source>The playground&apos;s training was stopped. </source>
        <translation>놀이터의 학습을 멈췄습니다. </translation>
    </message>
    <message>
        <source>The weights are no longer numbers after the divergence: press Reset for fresh weights.</source>
        <translation>발산한 뒤로 가중치가 더는 숫자가 아닙니다. 재설정을 눌러 새 가중치로 시작하세요.</translation>
    </message>
    <message>
        <source>Training diverged: the loss is no longer a number. {hint} Press Reset for fresh weights.</source>
        <translation>학습이 발산했습니다. 손실이 더는 숫자가 아닙니다. {hint} 재설정을 눌러 새 가중치로 시작하세요.</translation>
    </message>
    <message>
        <source>Training failed: {error}</source>
        <translation>학습에 실패했습니다: {error}</translation>
    </message>
    <message>
        <source>The saved weights do not fit the saved network.</source>
        <translation>저장된 가중치가 저장된 신경망과 맞지 않습니다.</translation>
    </message>
    <message>
        <source>Early stopping: the validation loss stopped improving, so training ended and the weights of step {step} (the best) were kept.</source>
        <translation>조기 멈춤: 검증 손실이 더 나아지지 않아 학습을 끝내고, 가장 좋았던 {step}번째 단계의 가중치를 남겼습니다.</translation>
    </message>
    <message>
        <source>Finished {epochs} epochs. Press Play to train further.</source>
        <translation>{epochs} 에폭을 마쳤습니다. 더 학습하려면 재생을 누르세요.</translation>
    </message>
    <message>
        <source>Test loss &lt;b&gt;{loss:.4g}&lt;/b&gt;</source>
        <translation>테스트 손실 &lt;b&gt;{loss:.4g}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Training loss &lt;b&gt;{loss:.4g}&lt;/b&gt;</source>
        <translation>훈련 손실 &lt;b&gt;{loss:.4g}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Test accuracy &lt;b&gt;{accuracy:.1f} %&lt;/b&gt;</source>
        <translation>테스트 정확도 &lt;b&gt;{accuracy:.1f} %&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Training accuracy {accuracy:.1f} %</source>
        <translation>훈련 정확도 {accuracy:.1f} %</translation>
    </message>
    <message>
        <source>Weights exactly 0: &lt;b&gt;{zeros} of {total}&lt;/b&gt;</source>
        <translation>정확히 0인 가중치: &lt;b&gt;{total}개 중 {zeros}개&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Perceptron boundary:  {equation}</source>
        <translation>퍼셉트론의 결정 직선:  {equation}</translation>
    </message>
    <message>
        <source>high value</source>
        <translation>높은 값</translation>
    </message>
    <message>
        <source>low value</source>
        <translation>낮은 값</translation>
    </message>
    <message>
        <source>Epoch {epoch}</source>
        <translation>에폭 {epoch}</translation>
    </message>
    <message>
        <source> · this run: epoch {epoch}</source>
        <translation> · 이번 실행: 에폭 {epoch}</translation>
    </message>
    <message>
        <source>New value for {item}:</source>
        <translation>{item}의 새 값:</translation>
    </message>
    <message>
        <source>“{text}” is not a number: type a value such as 0.5 or -1.2.</source>
        <translation>“{text}”은(는) 숫자가 아닙니다. 0.5나 -1.2 같은 값을 입력하세요.</translation>
    </message>
    <message>
        <source>Wait until the training has paused, then press Set again.</source>
        <translation>학습이 일시 정지될 때까지 기다린 뒤 적용을 다시 누르세요.</translation>
    </message>
    <message>
        <source>Set the bias to {value}. Press Play to train on from there.</source>
        <translation>바이어스를 {value}(으)로 정했습니다. 재생을 누르면 거기서부터 학습을 이어 갑니다.</translation>
    </message>
    <message>
        <source>Set the weight to {value}. Press Play to train on from there.</source>
        <translation>가중치를 {value}(으)로 정했습니다. 재생을 누르면 거기서부터 학습을 이어 갑니다.</translation>
    </message>
    <message>
        <source>Added a training point of class {label} at ({x}, {y}).</source>
        <translation>({x}, {y})에 클래스 {label}의 훈련 점을 더했습니다.</translation>
    </message>
    <message>
        <source>Right-click right on a point to remove it.</source>
        <translation>점을 지우려면 점 바로 위에서 오른쪽 클릭하세요.</translation>
    </message>
    <message>
        <source>Removed a point.</source>
        <translation>점 하나를 지웠습니다.</translation>
    </message>
    <message>
        <source>{neuron}: bias {value}</source>
        <translation>{neuron}: 바이어스 {value}</translation>
    </message>
    <message>
        <source>Weight {source} → {target}: {value}</source>
        <translation>가중치 {source} → {target}: {value}</translation>
    </message>
    <message>
        <source> (click to change)</source>
        <translation> (클릭해서 바꾸기)</translation>
    </message>
    <message>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>output {index}</source>
        <translation>출력 {index}</translation>
    </message>
    <message>
        <source>neuron {index} of layer {layer}</source>
        <translation>층 {layer}의 뉴런 {index}</translation>
    </message>
    <message>
        <source>Grid (every combination)</source>
        <translation>격자 (모든 조합)</translation>
    </message>
    <message>
        <source>Random (sampled trials)</source>
        <translation>임의 (무작위로 뽑은 시도)</translation>
    </message>
    <message>
        <source>no hidden layer</source>
        <translation>은닉층 없음</translation>
    </message>
    <message>
        <source>{units} units</source>
        <translation>유닛 {units}개</translation>
    </message>
    <message>
        <source>learning rate {rate} · {units} · L2 {l2}</source>
        <translation>학습률 {rate} · {units} · L2 {l2}</translation>
    </message>
    <message>
        <source>The saved model-selection settings are damaged.</source>
        <translation>저장된 모델 선택 설정이 손상되었습니다.</translation>
    </message>
    <message>
        <source>The saved search mode must be one of {modes}.</source>
        <translation>저장된 탐색 방식은 {modes} 가운데 하나여야 합니다.</translation>
    </message>
    <message>
        <source>The saved model-selection values are damaged.</source>
        <translation>저장된 모델 선택 값이 손상되었습니다.</translation>
    </message>
    <message>
        <source>The saved number of {name} must be a whole number from {low} to {high}.</source>
        <translation>저장된 {name} 수는 {low}에서 {high}까지의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>Learning rates must be positive numbers, like 0.01, 0.03.</source>
        <translation>학습률은 0.01, 0.03처럼 양수여야 합니다.</translation>
    </message>
    <message>
        <source>Learning rates must lie between {low} and {high}, like 0.01, 0.03.</source>
        <translation>학습률은 0.01, 0.03처럼 {low}와 {high} 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Hidden units must be whole numbers from 1 to {most}, like 2, 4, 8.</source>
        <translation>은닉 유닛 수는 2, 4, 8처럼 1에서 {most}까지의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>L2 rates must be numbers from 0 to {most}, like 0, 0.001.</source>
        <translation>L2 비율은 0, 0.001처럼 0에서 {most}까지의 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>K, the number of folds, must be between {low} and {high}.</source>
        <translation>겹 수 K는 {low}에서 {high} 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Train each candidate for 1 to {most} epochs.</source>
        <translation>후보마다 1에서 {most} 에폭 동안 학습하세요.</translation>
    </message>
    <message>
        <source>A random search draws 1 to {most} trials.</source>
        <translation>임의 탐색은 시도를 1개에서 {most}개까지 뽑습니다.</translation>
    </message>
    <message>
        <source>Unknown search mode {mode}.</source>
        <translation>알 수 없는 탐색 방식 {mode}입니다.</translation>
    </message>
    <message>
        <source>That is {trainings} trainings ({candidates} candidates × {folds} folds); a search runs at most {most}. List fewer values, draw fewer trials or use fewer folds.</source>
        <translation>학습이 {trainings}번입니다(후보 {candidates}개 × {folds}겹). 탐색은 최대 {most}번까지 합니다. 값을 줄이거나, 시도를 적게 뽑거나, 겹 수를 줄이세요.</translation>
    </message>
    <message>
        <source>K-fold cross-validation needs at least 2 folds.</source>
        <translation>K-겹 교차 검증에는 2겹 이상이 필요합니다.</translation>
    </message>
    <message>
        <source>{k} folds need at least {k} training points; the playground has {n}. Use at most {n} folds, or add data.</source>
        <translation>{k}겹에는 훈련 점이 {k}개 이상 필요한데, 놀이터에는 {n}개가 있습니다. 최대 {n}겹을 쓰거나 데이터를 더하세요.</translation>
    </message>
    <message>
        <source>The search ranks settings by validation accuracy, so it needs a data set with classes; the playground holds a regression set. Choose another data set there.</source>
        <translation>탐색은 검증 정확도로 설정의 순위를 매기므로 클래스가 있는 데이터 집합이 필요합니다. 놀이터에는 회귀 데이터가 있습니다. 거기서 다른 데이터 집합을 고르세요.</translation>
    </message>
    <message>
        <source>No candidate has been scored on every fold yet.</source>
        <translation>아직 모든 겹에서 점수를 받은 후보가 없습니다.</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>원</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>Two Gaussians</source>
        <translation>가우시안 두 개</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>나선</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>초승달</translation>
    </message>
    <message>
        <source>Checkerboard</source>
        <translation>체크무늬</translation>
    </message>
    <message>
        <source>Three Gaussians</source>
        <translation>가우시안 세 개</translation>
    </message>
    <message>
        <source>Three-arm spiral</source>
        <translation>세 갈래 나선</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>평면</translation>
    </message>
    <message>
        <source>Gaussian bumps</source>
        <translation>가우시안 봉우리</translation>
    </message>
    <message>
        <source>XOR, four clusters</source>
        <translation>XOR, 덩어리 네 개</translation>
    </message>
    <message>
        <source>There are only {count} points: add some so that at least 2 can train and 1 can test.</source>
        <translation>점이 {count}개뿐입니다. 2개 이상은 훈련에, 1개 이상은 테스트에 쓸 수 있도록 점을 더하세요.</translation>
    </message>
    <message>
        <source>Line {number} has {count} values; each line needs exactly three: x1, x2, label.</source>
        <translation>{number}번째 줄에 값이 {count}개 있습니다. 줄마다 x1, x2, 레이블 세 개가 정확히 있어야 합니다.</translation>
    </message>
    <message>
        <source>Line {number} holds something that is not a number: {cells}.</source>
        <translation>{number}번째 줄에 숫자가 아닌 것이 있습니다: {cells}.</translation>
    </message>
    <message>
        <source>Line {number} holds a value that is not a finite number.</source>
        <translation>{number}번째 줄에 유한한 숫자가 아닌 값이 있습니다.</translation>
    </message>
    <message>
        <source>The file has more than {most} points; use a smaller one.</source>
        <translation>파일에 점이 {most}개보다 많습니다. 더 작은 파일을 쓰세요.</translation>
    </message>
    <message>
        <source>The file holds {count} points; at least 4 are needed.</source>
        <translation>파일에 점이 {count}개 있습니다. 4개 이상이 필요합니다.</translation>
    </message>
    <message>
        <source>Class labels must be 0, 1, 2, …; the file has a negative label.</source>
        <translation>클래스 레이블은 0, 1, 2, …여야 하는데 파일에 음수 레이블이 있습니다.</translation>
    </message>
    <message>
        <source>The file has labels up to {label}; at most {most} classes (0 to 7) are supported.</source>
        <translation>파일의 레이블이 {label}까지 있습니다. 클래스는 최대 {most}개(0에서 7)까지 됩니다.</translation>
    </message>
    <message>
        <source>{file} is larger than {size} MB; use a smaller file.</source>
        <translation>{file}이(가) {size} MB보다 큽니다. 더 작은 파일을 쓰세요.</translation>
    </message>
    <message>
        <source>{file} is not a text file.</source>
        <translation>{file}은(는) 텍스트 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>Could not read {file}: {error}.</source>
        <translation>{file}을(를) 읽을 수 없습니다: {error}.</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
</context>
<context>
    <name>PageSpec</name>
    <message>
        <source>Network builder</source>
        <translation>신경망 만들기</translation>
    </message>
    <message>
        <source>Click a network together and watch its decision boundary form</source>
        <translation>클릭으로 신경망을 조립하고 결정 경계가 만들어지는 모습을 지켜봅니다</translation>
    </message>
    <message>
        <source>Perceptron</source>
        <translation>퍼셉트론</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>은닉층</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>활성함수</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Initialization</source>
        <translation>가중치 초기화</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>규제</translation>
    </message>
    <message>
        <source>Overfitting</source>
        <translation>과잉적합</translation>
    </message>
    <message>
        <source>Cross-validation</source>
        <translation>교차 검증</translation>
    </message>
</context>
</TS>
